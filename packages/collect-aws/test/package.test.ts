import { readFileSync } from 'node:fs';
import { AWS_REGION_PATTERN, GLOBAL_REGION, SNAPSHOT_FORMAT_VERSION, snapshotSchema } from '@nimbus/scanner';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTOR_VERSION } from '../src/collect-aws.js';
import { collect, emptyAccount, mocks } from './mock-account.js';

beforeEach(emptyAccount);
afterEach(() => {
  for (const m of Object.values(mocks)) m.reset();
});

const GOOD = ['eu-west-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-5', 'il-central-1'];
const BAD = ['EU', 'eu-west', 'eu_west_1', GLOBAL_REGION, 'eu-west-1a', ''];

describe('@nimbus/collect-aws', () => {
  it('writes its package version into every snapshot', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(COLLECTOR_VERSION).toBe(pkg.version);
  });

  it("collects exactly the region names the scanner's snapshot format accepts", async () => {
    for (const name of GOOD) expect(AWS_REGION_PATTERN.test(name), name).toBe(true);
    const snapshot = await collect({ regions: GOOD });
    expect(snapshot.regions).toEqual(GOOD);
    expect(snapshot.nimbusSnapshot).toBe(SNAPSHOT_FORMAT_VERSION);
    const json = JSON.parse(JSON.stringify(snapshot));
    expect(snapshotSchema.safeParse(json).error?.issues).toBeUndefined();
    // The account-wide services sit under the scanner's region key, the others under each region.
    expect(Object.keys(json.services.s3)).toEqual([GLOBAL_REGION]);
    expect(Object.keys(json.services.iam)).toEqual([GLOBAL_REGION]);
    expect(Object.keys(json.services.ec2)).toEqual([...GOOD].sort());

    for (const name of BAD) {
      expect(AWS_REGION_PATTERN.test(name), name).toBe(false);
      await expect(collect({ regions: [name] }), name).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
  });
});
