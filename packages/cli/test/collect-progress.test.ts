import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/commands/collect.js';

const stream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return {
    chunks,
    stream: Object.assign(
      { write: (s: string) => chunks.push(s) > 0 },
      { isTTY },
    ) as unknown as NodeJS.WritableStream,
  };
};

const steps = [
  { service: 's3', region: 'global', done: 1, total: 2 },
  { service: 'ec2', region: 'eu-west-1', done: 2, total: 2 },
];

describe('collect progress', () => {
  it('rewrites one line on a terminal and clears it at the end', () => {
    const err = stream(true);
    const progress = progressReporter({ streams: { stdout: process.stdout, stderr: err.stream } });
    for (const s of steps) progress.step(s);
    progress.clear();
    expect(err.chunks).toEqual([
      '\r\x1b[2Kcollected s3 in global (1/2)',
      '\r\x1b[2Kcollected ec2 in eu-west-1 (2/2)',
      '\r\x1b[2K',
    ]);
  });

  it('writes plain lines elsewhere, and nothing to clear', () => {
    const err = stream(false);
    const progress = progressReporter({ streams: { stdout: process.stdout, stderr: err.stream } });
    for (const s of steps) progress.step(s);
    progress.clear();
    expect(err.chunks).toEqual(['collected s3 in global (1/2)\n', 'collected ec2 in eu-west-1 (2/2)\n']);
  });
});
