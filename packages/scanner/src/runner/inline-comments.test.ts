import { describe, expect, it } from 'vitest';
import type { TerraformIo } from '../parsers/terraform/load-module.js';
import { InlineComments } from './inline-comments.js';
import type { ScanResult } from './result.js';

const result = (file: string, status: ScanResult['status'], resource = true): ScanResult => ({
  checkId: 'aws-ec2-imdsv2-required',
  status,
  ...(resource ? { resource: { address: 'aws_instance.web', kind: 'aws.ec2.instance' as const } } : {}),
  location: { file, line: 3 },
  message: 'IMDSv2 is not required',
  controls: [],
});

const TEXT = [
  'resource "aws_instance" "web" { # nimbus:ignore aws-ec2-imdsv2-required golden image enforces it',
  '  # nimbus:ignore aws-ec2-no-public-ip',
  '}',
].join('\n');

describe('InlineComments', () => {
  it('gives the comments and the malformed-comment warnings of files with a failed or unknown result', () => {
    const comments = new InlineComments();
    comments.note('infra/main.tf', TEXT);
    comments.note('infra/other.tf', TEXT);
    comments.note('infra/quiet.tf', 'resource "aws_instance" "db" {}\n');
    const { inline, warnings } = comments.forResults([
      result('infra/main.tf', 'fail'),
      result('infra/other.tf', 'pass'),
      result('infra/quiet.tf', 'unknown'),
    ]);
    expect([...inline.keys()]).toEqual(['infra/main.tf']);
    expect(inline.get('infra/main.tf')).toEqual([
      { line: 1, checks: ['aws-ec2-imdsv2-required'], reason: 'golden image enforces it' },
    ]);
    expect(warnings).toEqual([
      {
        level: 'warning',
        location: { file: 'infra/main.tf', line: 2 },
        message: 'nimbus:ignore aws-ec2-no-public-ip gives no reason: it does not suppress',
      },
    ]);
  });

  it('leaves out files whose results passed, erred or name no resource', () => {
    const comments = new InlineComments();
    comments.note('a.tf', TEXT);
    const { inline, warnings } = comments.forResults([
      result('a.tf', 'pass'),
      result('a.tf', 'error'),
      result('a.tf', 'fail', false),
    ]);
    expect(inline.size).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('notes what a watched Terraform reader reads, under the name it displays, and passes reads through', async () => {
    const texts: Record<string, string> = { '/w/infra/main.tf': TEXT };
    const reads: string[] = [];
    const io: TerraformIo = {
      readFile: async (path) => {
        reads.push(path);
        const text = texts[path];
        return text === undefined ? { problem: 'cannot read: ENOENT' } : { text };
      },
      listTf: async () => ['main.tf'],
      display: (path) => path.replace('/w/', ''),
    };
    const comments = new InlineComments();
    const watched = comments.watch(io);
    expect(await watched.readFile('/w/infra/main.tf')).toEqual({ text: TEXT });
    expect(await watched.readFile('/w/infra/gone.tf')).toEqual({ problem: 'cannot read: ENOENT' });
    expect(await watched.listTf('/w/infra')).toEqual(['main.tf']);
    expect(watched.display('/w/infra/main.tf')).toBe('infra/main.tf');
    expect(reads).toEqual(['/w/infra/main.tf', '/w/infra/gone.tf']);
    expect([...comments.forResults([result('infra/main.tf', 'fail')]).inline.keys()]).toEqual([
      'infra/main.tf',
    ]);
  });
});
