/** A sort key that orders "9.2.1" before "10.1.1": each number padded to four digits. */
export const sortId = (label: string): string => label.replace(/\d+/g, (n) => n.padStart(4, '0'));

export const compareIds = (a: string, b: string): number => {
  const x = sortId(a);
  const y = sortId(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
