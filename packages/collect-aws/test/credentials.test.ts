import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveCredentials } from '../src/credentials.js';

// The credential chain reads the environment and the shared files: point it at files of this test only.
let saved: NodeJS.ProcessEnv;
let dir: string;

beforeEach(() => {
  saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  dir = mkdtempSync(join(tmpdir(), 'nimbus-aws-creds-'));
  writeFileSync(join(dir, 'config'), '');
  writeFileSync(join(dir, 'credentials'), '');
  process.env.AWS_CONFIG_FILE = join(dir, 'config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});

afterEach(() => {
  process.env = saved;
});

describe('resolveCredentials', () => {
  it('stops with UNAUTHENTICATED and a hint when the chain finds nothing', async () => {
    await expect(resolveCredentials(undefined)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^no AWS credentials found: set AWS_PROFILE \(or pass --profile\)/),
    });
  });

  it('names the profile that has no credentials', async () => {
    await expect(resolveCredentials('audit')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^no AWS credentials found for profile "audit"/),
    });
  });

  it('reads a profile and resolves it once for every client', async () => {
    writeFileSync(
      join(dir, 'credentials'),
      '[audit]\naws_access_key_id = AKIAEXAMPLEAUDIT0000\naws_secret_access_key = example-secret\n',
    );
    const provider = await resolveCredentials('audit');
    const first = await provider();
    expect(first.accessKeyId).toBe('AKIAEXAMPLEAUDIT0000');
    expect(await provider()).toBe(first);
  });

  it('takes keys from the environment with the default chain', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLEENV000000';
    process.env.AWS_SECRET_ACCESS_KEY = 'example-secret';
    const provider = await resolveCredentials(undefined);
    expect((await provider()).accessKeyId).toBe('AKIAEXAMPLEENV000000');
  });
});
