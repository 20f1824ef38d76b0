import type { Ownership, ServiceModel } from '@nimbus/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AudienceFilter, CatalogFilters } from './catalog-filter.js';
import { DEFAULT_FRAMEWORK_ID, OWNERSHIP_LABELS, SERVICE_MODEL_LABELS } from './catalog-labels.js';

const AUDIENCES: readonly AudienceFilter[] = ['all', 'csp', 'csc', 'both'];

/** Framework, filters and search live in the URL, so a filtered view can be shared and survives Back. */
export const useCatalogParams = () => {
  const [params, setParams] = useSearchParams();
  const framework = params.get('framework') || DEFAULT_FRAMEWORK_ID;
  const query = params.get('q') ?? '';
  const filters = useMemo((): CatalogFilters => {
    const audience = params.get('for') as AudienceFilter | null;
    const model = params.get('model');
    const owner = params.get('owner');
    return {
      cloudOnly: params.get('cloud') === '1',
      audience: audience && AUDIENCES.includes(audience) ? audience : 'all',
      serviceModel: model && model in SERVICE_MODEL_LABELS ? (model as ServiceModel) : null,
      owner: owner && owner in OWNERSHIP_LABELS ? (owner as Ownership) : null,
    };
  }, [params]);

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === '') next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setFilters = useCallback(
    (f: CatalogFilters) =>
      update({
        cloud: f.cloudOnly ? '1' : null,
        for: f.audience === 'all' ? null : f.audience,
        model: f.serviceModel,
        owner: f.owner,
      }),
    [update],
  );

  return {
    framework,
    query,
    filters,
    setFilters,
    setFramework: (id: string) => update({ framework: id === DEFAULT_FRAMEWORK_ID ? null : id }),
    setQuery: (q: string) => update({ q }),
  };
};
