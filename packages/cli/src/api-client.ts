import { isErrorCode, NimbusError } from '@nimbus/core';

export interface ServerTarget {
  readonly server: string;
  readonly token: string;
}

/** --server/--token, or NIMBUS_URL/NIMBUS_TOKEN: how commands that act through a running server find it. */
export const serverTarget = (opts: { server?: string; token?: string }): ServerTarget => {
  const server = opts.server ?? process.env.NIMBUS_URL;
  const token = opts.token ?? process.env.NIMBUS_TOKEN;
  if (!server) throw new NimbusError('INVALID_ARGUMENT', 'give the server with --server <url> or NIMBUS_URL');
  if (!token)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      'give an API token with --token or NIMBUS_TOKEN (create one in Administration > API tokens)',
    );
  if (!/^https?:\/\//.test(server))
    throw new NimbusError('INVALID_ARGUMENT', `--server must be an http(s) URL, not "${server}"`);
  return { server: server.replace(/\/$/, ''), token };
};

/** Calls the API with the token; a problem+json answer becomes the NimbusError it describes. */
export const apiFetch = async (
  target: ServerTarget,
  path: string,
  init: RequestInit = {},
): Promise<Response> => {
  let res: Response;
  try {
    res = await fetch(`${target.server}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${target.token}` },
    });
  } catch (err) {
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `cannot reach ${target.server}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (res.ok) return res;
  const body = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
  const code = body.code && isErrorCode(body.code) ? body.code : 'INTERNAL';
  throw new NimbusError(code, `${target.server} answered ${res.status}: ${body.detail ?? res.statusText}`);
};
