/** OSCAL ids are NCName tokens: they must start with a letter or "_" and hold only letters, digits, ".", "-", "_". */
export const oscalId = (label: string, prefix: string): string => {
  const clean = label.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return /^[\p{L}_]/u.test(clean) ? clean : `${prefix}-${clean}`;
};
