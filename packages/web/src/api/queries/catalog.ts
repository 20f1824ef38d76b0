import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogTree, ControlView, FrameworkInfo, SearchResponse } from '../catalog-types.js';
import { get } from '../client.js';
import { queryKeys } from './keys.js';

/** The catalog is the same for every organization and changes only with a release: cache it for long. */
const LONG = 30 * 60_000;

/** The frameworks of the catalog. */
export const useFrameworks = () =>
  useQuery({
    queryKey: queryKeys.frameworks,
    queryFn: ({ signal }) => get<FrameworkInfo[]>('/api/v1/catalog/frameworks', signal),
    staleTime: LONG,
  });

const treeQuery = (framework: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.catalogTree(framework ?? ''),
    queryFn: ({ signal }) =>
      get<CatalogTree>(`/api/v1/catalog/tree?framework=${encodeURIComponent(framework ?? '')}`, signal),
    enabled: Boolean(framework),
    staleTime: LONG,
  });

/** The clause tree of a framework with a summary of each control. */
export const useCatalogTree = (framework: string) => useQuery(treeQuery(framework));

const titlesOf = (tree: CatalogTree) => new Map(tree.groups.map((g) => [g.id, g.title ?? '']));

/** Clause titles of a framework ("9" → "Access control"), from the same cached tree. */
export const useClauseTitles = (framework: string | undefined) =>
  useQuery({ ...treeQuery(framework), select: titlesOf });

/** One control with its groups, mappings and linked scanner checks. */
export const useControl = (framework: string, controlId: string) =>
  useQuery({
    queryKey: queryKeys.control(framework, controlId),
    queryFn: ({ signal }) =>
      get<ControlView>(
        `/api/v1/catalog/control?framework=${encodeURIComponent(framework)}&id=${encodeURIComponent(controlId)}`,
        signal,
      ),
    staleTime: LONG,
  });

export interface CatalogSearchOptions {
  /** At most this many hits (the server allows 1..50). */
  readonly limit?: number;
  /** Searches only while true (never for an empty query). */
  readonly enabled?: boolean;
}

/** Ranked full-text search over one framework; keeps the previous hits while the next ones load. */
export const useCatalogSearch = (framework: string, query: string, options: CatalogSearchOptions = {}) => {
  const limit = options.limit ?? 50;
  return useQuery({
    queryKey: queryKeys.catalogSearch(framework, query, limit),
    queryFn: ({ signal }) =>
      get<SearchResponse>(
        `/api/v1/catalog/search?framework=${encodeURIComponent(framework)}&q=${encodeURIComponent(query)}&limit=${limit}`,
        signal,
      ),
    enabled: query.length > 0 && (options.enabled ?? true),
    staleTime: LONG,
    placeholderData: keepPreviousData,
  });
};
