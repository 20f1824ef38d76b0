import { describe, expect, it } from 'vitest';
import { unknown } from '../model/value.js';
import { type LaunchSettings, withLaunchTemplate } from './launch-settings.js';

const template: LaunchSettings = {
  metadataOptions: { httpTokens: 'required' },
  network: { associatePublicIp: false },
  blockDevices: [{ encrypted: true, line: 40 }],
  disableApiTermination: true,
  declaresNetwork: true,
};
const bare: LaunchSettings = { network: {}, blockDevices: [], declaresNetwork: false };

describe('withLaunchTemplate', () => {
  it("takes each setting the instance leaves out from its template, and keeps the instance's own", () => {
    expect(withLaunchTemplate(bare, template, (d) => d.map((x) => ({ ...x, line: 3 })))).toEqual({
      metadataOptions: { httpTokens: 'required' },
      network: { associatePublicIp: false },
      blockDevices: [{ encrypted: true, line: 3 }],
      disableApiTermination: true,
    });
    const own: LaunchSettings = {
      metadataOptions: { httpTokens: 'optional' },
      network: { associatePublicIp: true },
      blockDevices: [{ encrypted: false, line: 9 }],
      disableApiTermination: false,
      declaresNetwork: true,
    };
    expect(withLaunchTemplate(own, template)).toEqual({
      metadataOptions: { httpTokens: 'optional' },
      network: { associatePublicIp: true },
      blockDevices: [{ encrypted: false, line: 9 }],
      disableApiTermination: false,
    });
  });

  it('is Unknown where a template that cannot be read would decide, and leaves the rest alone', () => {
    const result = withLaunchTemplate(bare, unknown('"lt-1" is not in the template'));
    expect(result.metadataOptions).toMatchObject({
      reason: 'set by the launch template, which cannot be read: "lt-1" is not in the template',
    });
    expect(result.network.associatePublicIp).toMatchObject({ reason: expect.stringContaining('lt-1') });
    expect(result.blockDevices).toEqual([]);
  });

  it('without a template is the instance itself', () => {
    expect(withLaunchTemplate(bare, undefined)).toEqual({
      metadataOptions: undefined,
      network: {},
      blockDevices: [],
      disableApiTermination: undefined,
    });
  });
});
