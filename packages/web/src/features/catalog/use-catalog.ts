import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.js';
import type { CatalogTree, ControlDetail, FrameworkInfo, SearchResponse } from './catalog-types.js';

/** The catalog is the same for every organization and changes only with a release: cache it for long. */
const LONG = 30 * 60_000;

export const useFrameworks = () =>
  useQuery({
    queryKey: ['catalog', 'frameworks'],
    queryFn: ({ signal }) => get<FrameworkInfo[]>('/api/v1/catalog/frameworks', signal),
    staleTime: LONG,
  });

export const useCatalogTree = (framework: string) =>
  useQuery({
    queryKey: ['catalog', 'tree', framework],
    queryFn: ({ signal }) =>
      get<CatalogTree>(`/api/v1/catalog/tree?framework=${encodeURIComponent(framework)}`, signal),
    staleTime: LONG,
  });

export const useControl = (framework: string, id: string) =>
  useQuery({
    queryKey: ['catalog', 'control', framework, id],
    queryFn: ({ signal }) =>
      get<ControlDetail>(
        `/api/v1/catalog/control?framework=${encodeURIComponent(framework)}&id=${encodeURIComponent(id)}`,
        signal,
      ),
    staleTime: LONG,
  });

export const useCatalogSearch = (framework: string, query: string) =>
  useQuery({
    queryKey: ['catalog', 'search', framework, query],
    queryFn: ({ signal }) =>
      get<SearchResponse>(
        `/api/v1/catalog/search?framework=${encodeURIComponent(framework)}&q=${encodeURIComponent(query)}&limit=50`,
        signal,
      ),
    enabled: query.length > 0,
    staleTime: LONG,
    placeholderData: keepPreviousData,
  });
