import { type CSSVariablesResolver, createTheme, Drawer, Modal, Notification } from '@mantine/core';

/**
 * Nimbus's look: Mantine defaults with a deep blue primary that keeps text contrast above WCAG AA. Mantine's
 * modal, drawer and notification close buttons are icons without a name: give them one (a feature may pass a
 * better one). A notification's message under its title is gray 6 by default (3.3:1): use the dimmed color.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close the dialog' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close the panel' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss the notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/**
 * Text shades for the light and outline variants (badges, light buttons, the active nav link) of the hues whose
 * Mantine shade falls below a 4.5:1 contrast ratio on its light background, its hover background or white:
 * the default shade darkened just enough.
 */
const DARK_TEXT: Record<string, string> = {
  red: '#ad2424',
  violet: '#5939b8',
  indigo: '#3249b7',
  blue: '#165a9a',
  cyan: '#0a697a',
  teal: '#087051',
  green: '#247234',
  lime: '#49740a',
  yellow: '#a35400',
  orange: '#ab380c',
};
/** Filled backgrounds (white text) of the hues whose default filled shade is below 4.5:1 against white. */
const DARK_FILLED_HOVER: Record<string, string> = {
  cyan: '#095968',
  teal: '#075f45',
  green: '#1f612c',
  orange: '#91300a',
};

const contrastVariables = Object.fromEntries([
  ...Object.entries(DARK_TEXT).flatMap(([hue, shade]) => [
    [`--mantine-color-${hue}-light-color`, shade],
    [`--mantine-color-${hue}-outline`, shade],
  ]),
  ...Object.entries(DARK_FILLED_HOVER).flatMap(([hue, hover]) => [
    [`--mantine-color-${hue}-filled`, DARK_TEXT[hue]!],
    [`--mantine-color-${hue}-filled-hover`, hover],
  ]),
]);

/**
 * Darker "dimmed" text than Mantine's default, and darker text shades for green, teal, orange and similar hues,
 * so secondary text, badges and filled alerts keep a 4.5:1 contrast ratio (WCAG AA).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', ...contrastVariables },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
