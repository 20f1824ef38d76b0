import { fileTypeFromBuffer } from 'file-type';

/** What uploaded evidence files are: their sniffed type and a safe name. Nothing the client says is trusted. */

export const TEXT_TYPE = 'text/plain; charset=utf-8';
export const BINARY_TYPE = 'application/octet-stream';

const isUtf8Text = (bytes: Uint8Array): boolean => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The content type from the bytes themselves: magic numbers first, then UTF-8 text, else binary. */
export const sniffContentType = async (bytes: Uint8Array): Promise<string> => {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime;
  return isUtf8Text(bytes) ? TEXT_TYPE : BINARY_TYPE;
};

const MAX_NAME = 255;
// Control characters and the invisible bidirectional overrides used to disguise extensions ("exe.pdf").
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The last path part of a client's file name, without control characters, at most 255 UTF-16 units. */
export const sanitizeFilename = (raw: string): string => {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(UNSAFE, '').trim();
  let name = '';
  for (const ch of clean) {
    if (name.length + ch.length > MAX_NAME) break;
    name += ch;
  }
  name = name.trim();
  return name === '' || name === '.' || name === '..' ? 'upload' : name;
};

const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment` (or `inline`) with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
export const contentDisposition = (
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string => {
  const ascii = [...filename]
    .map((ch) => (/^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== '\\' && ch !== '%' ? ch : '_'))
    .join('');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
};
