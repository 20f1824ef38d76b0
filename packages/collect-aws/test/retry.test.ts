import { Readable } from 'node:stream';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createClients } from '../src/clients.js';
import { retryThrottled, SDK_MAX_ATTEMPTS } from '../src/retry.js';
import { awsError } from './offline-clients.js';

const FAST = { attempts: 2, baseDelayMs: 1 };

const staticCredentials = async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'offline' });

/** A request handler that answers from a script instead of the network, counting requests. */
const scripted = (answers: readonly { status: number; body: unknown }[]) => {
  let count = 0;
  return {
    get count() {
      return count;
    },
    handler: {
      handle: async () => {
        const answer = answers[Math.min(count++, answers.length - 1)] ?? { status: 500, body: {} };
        return {
          response: {
            statusCode: answer.status,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: Readable.from([Buffer.from(JSON.stringify(answer.body))]),
          },
        };
      },
      updateHttpClientConfig: () => {},
      httpHandlerConfigs: () => ({}),
    },
  };
};

describe('retryThrottled', () => {
  it('asks again while AWS throttles, up to the extra attempts', async () => {
    let calls = 0;
    const value = await retryThrottled(async () => {
      calls++;
      if (calls < 3) throw awsError('ThrottlingException', 'Rate exceeded');
      return 'done';
    }, FAST);
    expect([value, calls]).toEqual(['done', 3]);
    calls = 0;
    await expect(
      retryThrottled(async () => {
        calls++;
        throw awsError('RequestLimitExceeded');
      }, FAST),
    ).rejects.toMatchObject({ name: 'RequestLimitExceeded' });
    expect(calls).toBe(3);
  });

  it('does not repeat a call that failed for another reason', async () => {
    let calls = 0;
    await expect(
      retryThrottled(async () => {
        calls++;
        throw awsError('AccessDenied');
      }, FAST),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(calls).toBe(1);
  });
});

describe('the clients the collector creates', () => {
  it("use the SDK's standard retry strategy with more attempts, and are reused per region", async () => {
    const clients = createClients(staticCredentials);
    const kms = clients.kms('eu-west-1');
    expect(await kms.config.maxAttempts()).toBe(SDK_MAX_ATTEMPTS);
    expect(await kms.config.retryMode).toBe('standard');
    expect(await kms.config.region()).toBe('eu-west-1');
    expect(clients.kms('eu-west-1')).toBe(kms);
    expect(clients.kms('us-east-1')).not.toBe(kms);
    expect(await clients.s3('eu-west-1').config.followRegionRedirects).toBe(true);
    clients.destroy();
  });

  it('retry a throttled request inside the SDK before the collector sees it', async () => {
    const server = scripted([
      { status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } },
      { status: 200, body: { Keys: [{ KeyId: 'k-1' }], Truncated: false } },
    ]);
    const clients = createClients(staticCredentials, { requestHandler: server.handler });
    const output = await clients.kms('eu-west-1').send(new ListKeysCommand({}));
    expect(output.Keys).toEqual([{ KeyId: 'k-1' }]);
    expect(output.$metadata.attempts).toBe(2);
    expect(server.count).toBe(2);
    clients.destroy();
  });
});
