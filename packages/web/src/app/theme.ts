import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Nimbus's look: Mantine defaults with a deep blue primary that keeps text contrast above WCAG AA. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/** Darker "dimmed" text than Mantine's default, so secondary text keeps a 4.5:1 contrast ratio (WCAG AA). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
