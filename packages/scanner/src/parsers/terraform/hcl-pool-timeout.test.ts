import { NimbusError } from '@nimbus/core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_TIMEOUT_MS,
  FILE_TIMEOUT_ENV,
  fileTimeoutMs,
  formatLimit,
  MAX_FILE_TIMEOUT_MS,
} from './hcl-pool-timeout.js';

describe('fileTimeoutMs', () => {
  it('is ten seconds unless set, an empty variable counting as unset', () => {
    expect(fileTimeoutMs(undefined, {})).toBe(10_000);
    expect(DEFAULT_FILE_TIMEOUT_MS).toBe(10_000);
    expect(fileTimeoutMs(undefined, { [FILE_TIMEOUT_ENV]: '  ' })).toBe(10_000);
  });

  it('takes the variable, and the option before it', () => {
    expect(fileTimeoutMs(undefined, { NIMBUS_SCAN_FILE_TIMEOUT_MS: ' 2500 ' })).toBe(2_500);
    expect(fileTimeoutMs(750, { NIMBUS_SCAN_FILE_TIMEOUT_MS: '2500' })).toBe(750);
    expect(fileTimeoutMs(undefined, { NIMBUS_SCAN_FILE_TIMEOUT_MS: String(MAX_FILE_TIMEOUT_MS) })).toBe(
      MAX_FILE_TIMEOUT_MS,
    );
  });

  it.each(['abc', '0', '-5', '1.5', '1e4', '10s', String(MAX_FILE_TIMEOUT_MS + 1)])(
    'refuses the variable set to %j',
    (value) => {
      const attempt = () => fileTimeoutMs(undefined, { NIMBUS_SCAN_FILE_TIMEOUT_MS: value });
      expect(attempt).toThrow(NimbusError);
      expect(attempt).toThrow(
        `NIMBUS_SCAN_FILE_TIMEOUT_MS must be a whole number of milliseconds from 1 to 3600000, not "${value}"`,
      );
    },
  );

  it.each([0, -1, 2.5, Number.NaN, MAX_FILE_TIMEOUT_MS + 1])('refuses the option %d', (value) => {
    expect(() => fileTimeoutMs(value, {})).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', details: { fileTimeoutMs: value } }),
    );
  });
});

describe('formatLimit', () => {
  it('writes milliseconds under a second and seconds above', () => {
    expect(formatLimit(1)).toBe('1 ms');
    expect(formatLimit(999)).toBe('999 ms');
    expect(formatLimit(10_000)).toBe('10 s');
    expect(formatLimit(2_500)).toBe('2.5 s');
    expect(formatLimit(1_234)).toBe('1.234 s');
  });
});
