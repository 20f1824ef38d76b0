/**
 * Text colors for light badges that keep at least 4.5:1 contrast on the light badge background (color-1),
 * also on a hovered or striped table row. Mantine's default light text (color-9) falls short for several colors.
 */
const TEXT: Record<string, string> = {
  teal: '#066548',
  yellow: '#8a4700',
  blue: '#135088',
  red: '#a02121',
  gray: '#212529',
  violet: '#4c309c',
  orange: '#ad390c',
  indigo: '#2b3f9f',
  cyan: '#085b6a',
  grape: '#6b247c',
};

export const badgeText = (color: string): string => TEXT[color] ?? 'var(--mantine-color-text)';
