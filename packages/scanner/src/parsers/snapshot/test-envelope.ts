/** A valid snapshot envelope for tests (version 1, one region, nothing collected), with `overrides` applied. */
export const envelope = (overrides: Record<string, unknown> = {}) => ({
  nimbusSnapshot: 1,
  provider: 'aws',
  account: { id: '123456789012' },
  collectedAt: '2025-03-01T10:00:00Z',
  collector: { name: 'test', version: '1' },
  regions: ['eu-west-1'],
  services: {},
  errors: [],
  ...overrides,
});
