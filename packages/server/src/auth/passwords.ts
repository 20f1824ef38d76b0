import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { NimbusError } from '@nimbus/core';
import { COMMON_PASSWORDS } from './common-passwords.js';

const scrypt = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;

/**
 * scrypt with OWASP's recommended minimum: N=2^17, r=8, p=1 (128 MiB and about 0.3 s per hash on our machines),
 * a 16-byte random salt and a 64-byte key. Stored as `scrypt$N$r$p$salt$hash`, so the parameters can rise later
 * and old hashes still verify.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;
export const MIN_PASSWORD_LENGTH = 12;

export const checkPasswordPolicy = (password: string, context: readonly string[] = []): void => {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new NimbusError(
      'PASSWORD_REJECTED',
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  if ([...password].length > 256)
    throw new NimbusError('PASSWORD_REJECTED', 'the password must have at most 256 characters');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) {
    throw new NimbusError(
      'PASSWORD_REJECTED',
      'that password is too common: choose one that is not on public lists',
    );
  }
  if (context.some((w) => w.length >= 4 && lower.includes(w.toLowerCase()))) {
    throw new NimbusError('PASSWORD_REJECTED', 'the password must not contain your email or name');
  }
};

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(SCRYPT.saltLength);
  const { N, r, p, keyLength } = SCRYPT;
  const hash = await scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
};

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const N = Number(n);
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return timingSafeEqual(actual, expected);
};

/** A hash of a random password, compared against when the email is unknown so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(18).toString('base64'));
  return dummy;
};
