import { useCallback, useMemo, useState } from 'react';

/**
 * Row selection for the results table. Only rows that are visible (pass the filters) count as selected, so a
 * bulk edit never touches a row the user cannot see.
 */
export const useSelection = (visibleIds: readonly string[]) => {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const visibleSelected = useMemo(() => visibleIds.filter((id) => selected.has(id)), [visibleIds, selected]);
  const allVisibleSelected = visibleIds.length > 0 && visibleSelected.length === visibleIds.length;
  const someVisibleSelected = visibleSelected.length > 0 && !allVisibleSelected;

  const toggle = useCallback((id: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  /** Selects every visible row, or clears them when all are already selected. */
  const toggleAllVisible = useCallback(() => {
    setSelected((prev) => {
      const next = new Set(prev);
      const all = visibleIds.length > 0 && visibleIds.every((id) => prev.has(id));
      for (const id of visibleIds) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, [visibleIds]);

  const clear = useCallback(() => setSelected(new Set()), []);

  return {
    selected,
    visibleSelected,
    allVisibleSelected,
    someVisibleSelected,
    toggle,
    toggleAllVisible,
    clear,
  };
};

export type Selection = ReturnType<typeof useSelection>;
