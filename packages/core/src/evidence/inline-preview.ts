/**
 * Evidence files a browser may show in the page (the download's `inline` disposition) rather than save: PDFs and
 * raster images, which browsers render without running any content of the file. Everything else (SVG, HTML,
 * text, office documents, ...) is only ever offered as an attachment. The server decides the disposition from
 * this list and the web UI decides from it which files get an embedded preview, so the two always agree.
 */
export const INLINE_PREVIEW_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

export type InlinePreviewType = (typeof INLINE_PREVIEW_TYPES)[number];

const INLINE = new Set<string>(INLINE_PREVIEW_TYPES);

/** The media type of a Content-Type value, lower case and without parameters (`Image/PNG; q=1` -> `image/png`). */
export const mediaType = (contentType: string | null | undefined): string =>
  ((contentType ?? '').split(';', 1)[0] ?? '').trim().toLowerCase();

/** Whether a file of this content type may be shown inline (see INLINE_PREVIEW_TYPES). */
export const isInlinePreviewable = (contentType: string | null | undefined): boolean =>
  INLINE.has(mediaType(contentType));
