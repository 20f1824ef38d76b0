import { createTheme } from '@mantine/core';

/** Nimbus's look: Mantine defaults with a deep blue primary that keeps text contrast above WCAG AA. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
});
