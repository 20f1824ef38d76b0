import { readFileSync } from 'node:fs';
import { AWS_REGION_PATTERN } from '@nimbus/scanner';
import { describe, expect, it } from 'vitest';
import { COLLECTOR_VERSION, REGION_NAME } from '../src/collect-aws.js';

describe('@nimbus/collect-aws', () => {
  it('writes its package version into every snapshot', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(COLLECTOR_VERSION).toBe(pkg.version);
  });

  it('accepts exactly the region names the scanner accepts', () => {
    expect(REGION_NAME.source).toBe(AWS_REGION_PATTERN.source);
    for (const name of ['eu-west-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-5', 'il-central-1'])
      expect(REGION_NAME.test(name), name).toBe(true);
    for (const name of ['EU', 'eu-west', 'eu_west_1', 'global', 'eu-west-1a', ''])
      expect(REGION_NAME.test(name), name).toBe(false);
  });
});
