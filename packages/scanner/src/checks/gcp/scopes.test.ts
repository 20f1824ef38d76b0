import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { hasFullScope } from './scopes.js';

describe('hasFullScope', () => {
  it('recognizes the cloud-platform scope as an alias and as a URL', () => {
    expect(hasFullScope(['cloud-platform'])).toBe(true);
    expect(hasFullScope(['logging-write', 'https://www.googleapis.com/auth/cloud-platform'])).toBe(true);
    expect(hasFullScope(['logging-write', 'storage-ro'])).toBe(false);
    expect(hasFullScope([])).toBe(false);
    expect(hasFullScope(undefined)).toBe(false);
  });

  it('cannot tell when an unresolved scope could be the full one', () => {
    const unresolved = new Unknown('var.scopes has no value');
    expect(hasFullScope(unresolved)).toBe(unresolved);
    expect(hasFullScope(['storage-ro', unresolved])).toBe(unresolved);
    expect(hasFullScope([unresolved, 'cloud-platform'])).toBe(true);
  });
});
