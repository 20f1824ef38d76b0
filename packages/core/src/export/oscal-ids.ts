/** OSCAL ids are NCName tokens: they must start with a letter or "_" and hold only letters, digits, ".", "-", "_". */
export const oscalId = (label: string, prefix: string): string => {
  const clean = label.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return /^[\p{L}_]/u.test(clean) ? clean : `${prefix}-${clean}`;
};

/** A sort key that orders "9.2.1" before "10.1.1": each number padded to three digits. */
export const sortId = (label: string): string => label.replace(/\d+/g, (n) => n.padStart(3, '0'));
