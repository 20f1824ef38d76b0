import { describe, expect, it } from 'vitest';
import { INLINE_PREVIEW_TYPES, isInlinePreviewable, mediaType } from './inline-preview.js';

describe('inline preview types', () => {
  it('lets PDFs and raster images be shown inline, with or without parameters and in any case', () => {
    for (const type of INLINE_PREVIEW_TYPES) expect(isInlinePreviewable(type)).toBe(true);
    expect(isInlinePreviewable('application/pdf; charset=binary')).toBe(true);
    expect(isInlinePreviewable(' Image/PNG ')).toBe(true);
  });

  it('keeps active or unknown content as a download', () => {
    for (const type of [
      'image/svg+xml',
      'text/html',
      'text/plain; charset=utf-8',
      'application/json',
      'application/octet-stream',
      'image/tiff',
      'application/pdfx',
      '',
    ]) {
      expect(isInlinePreviewable(type), type).toBe(false);
    }
    expect(isInlinePreviewable(null)).toBe(false);
    expect(isInlinePreviewable(undefined)).toBe(false);
  });

  it('reads the media type of a Content-Type value', () => {
    expect(mediaType('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(mediaType(null)).toBe('');
  });
});
