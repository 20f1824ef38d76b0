import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import { SESSION_COOKIE } from './authenticate.js';

/** Secure when served over TLS, or behind a trusted proxy that says the client used https. */
const isHttps = (c: Context<AppEnv>) =>
  new URL(c.req.url).protocol === 'https:' ||
  (c.get('deps').config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');

export const setSessionCookie = (c: Context<AppEnv>, value: string, maxAgeSeconds: number) =>
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: maxAgeSeconds,
  });

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/' });
