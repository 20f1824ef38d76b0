import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie, a token or a setup link: 32 bytes, base64url. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * Secrets are stored only as their SHA-256 (they are random, so no slow hash is needed). Every request hashes
 * its token or cookie: the one-shot `hash` is about twice as fast as a `createHash` object.
 */
export const hashSecret = (secret: string): string => hash('sha256', secret, 'hex');

export const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** API tokens look like `nmb_<43 chars>`; the first 8 characters are kept to tell tokens apart in lists. */
export const newApiToken = () => {
  const token = `nmb_${randomSecret()}`;
  return { token, hash: hashSecret(token), prefix: token.slice(0, 8) };
};
