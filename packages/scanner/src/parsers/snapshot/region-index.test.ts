import { describe, expect, it } from 'vitest';
import { RegionIndex } from './region-index.js';

describe('RegionIndex', () => {
  it('finds values by region and id, the last one set winning', () => {
    const index = new RegionIndex<number>();
    index.set('eu-west-1', 'vol-1', 1);
    index.set('us-east-1', 'vol-1', 2);
    index.set('eu-west-1', 'vol-1', 3);
    expect(index.get('eu-west-1', 'vol-1')).toBe(3);
    expect(index.get('us-east-1', 'vol-1')).toBe(2);
    expect(index.get('us-east-1', 'vol-2')).toBeUndefined();
    expect(index.get('ap-south-1', 'vol-1')).toBeUndefined();
    expect(index.has('us-east-1', 'vol-1')).toBe(true);
    expect(index.has('us-east-1', 'vol-9')).toBe(false);
    expect(index.has('mars-1', 'vol-1')).toBe(false);
  });
});
