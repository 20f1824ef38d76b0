import { describe, expect, it } from 'vitest';
import { InlineComments } from './inline-comments.js';
import type { ScanResult } from './result.js';

const failing = (file: string): ScanResult =>
  ({
    checkId: 'aws-ec2-imdsv2-required',
    status: 'fail',
    location: { file, line: 2 },
    message: 'x',
    controls: [],
    resource: { address: 'a', kind: 'aws.ec2.instance' },
  }) as unknown as ScanResult;

describe('InlineComments', () => {
  it('notes the ignore comments of YAML and HCL files, and looks for none in a JSON snapshot', () => {
    const comments = new InlineComments();
    comments.note(
      'main.tf',
      'resource "aws_instance" "a" { # nimbus:ignore aws-ec2-imdsv2-required legacy AMI\n}\n',
    );
    comments.note(
      'snap.json',
      '{"nimbusSnapshot": 1,\n"note": "# nimbus:ignore aws-ec2-imdsv2-required in a string, not a comment"}\n',
    );
    const { inline } = comments.forResults([failing('main.tf'), failing('snap.json')]);
    expect([...inline.keys()]).toEqual(['main.tf']);
    expect(inline.get('main.tf')).toEqual([
      { line: 1, checks: ['aws-ec2-imdsv2-required'], reason: 'legacy AMI' },
    ]);
  });
});
