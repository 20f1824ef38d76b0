import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line.js';

const stream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return {
    chunks,
    stream: { isTTY, write: (c: string) => chunks.push(c) > 0 } as unknown as NodeJS.WritableStream,
  };
};

describe('progressLine', () => {
  it('rewrites one line on a terminal, throttled, and erases it', () => {
    let t = 0;
    const { chunks, stream: s } = stream(true);
    const line = progressLine(s, { everyMs: 100, now: () => t });
    line.update('reading 1/3 files');
    t = 50;
    line.update('reading 2/3 files');
    t = 150;
    line.update('reading 3/3 files');
    line.update('running checks', true);
    line.clear();
    expect(chunks).toEqual([
      '\r\x1b[2Kreading 1/3 files',
      '\r\x1b[2Kreading 3/3 files',
      '\r\x1b[2Krunning checks',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing when standard error is not a terminal', () => {
    const { chunks, stream: s } = stream(false);
    const line = progressLine(s);
    line.update('reading 1/3 files', true);
    line.clear();
    expect(chunks).toEqual([]);
  });

  it('with plain, writes one line per update when standard error is not a terminal', () => {
    const { chunks, stream: s } = stream(false);
    const line = progressLine(s, { plain: true });
    line.update('collected ec2 in eu-west-1 (1/2)');
    line.update('collected s3 in global (2/2)');
    line.clear();
    expect(chunks).toEqual(['collected ec2 in eu-west-1 (1/2)\n', 'collected s3 in global (2/2)\n']);
  });
});
