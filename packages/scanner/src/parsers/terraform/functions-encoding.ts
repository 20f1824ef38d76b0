import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure } from './values.js';

// Terraform's encoding functions: base64, URL query escaping and CSV, each as its Go implementation behaves
// (encoding/base64's StdEncoding, net/url's QueryEscape, encoding/csv's Reader). yamldecode has its own file.

/** Longest text decoded: configuration values, not data sets. */
const MAX_INPUT = 1_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** StdEncoding: padded, nothing outside the alphabet; Go skips line breaks anywhere in the input. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const base64decode = (s: string): TfValue => {
  const compact = s.replace(/[\r\n]/g, '');
  if (!BASE64.test(compact)) return failure('base64decode() of text that is not valid base64');
  try {
    // Terraform's strings are Unicode NFC, as cty normalizes every string it makes.
    return utf8.decode(Buffer.from(compact, 'base64')).normalize('NFC');
  } catch {
    return failure('base64decode() of data that is not valid UTF-8');
  }
};

/** QueryEscape: letters, digits and `-_.~` stay, a space is `+`, every other byte is `%XX`. */
const urlencode = (s: string): string => {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
};

/** The records of a CSV text by encoding/csv's rules: quoted fields with `""`, empty lines skipped. */
const csvRecords = (text: string): string[][] | string => {
  const records: string[][] = [];
  const s = text.replace(/\r\n/g, '\n');
  let i = 0;
  while (i < s.length) {
    if (s[i] === '\n') {
      i++;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (s[i] === '"') {
        i++;
        for (;;) {
          const close = s.indexOf('"', i);
          if (close < 0) return 'extraneous or missing " in quoted-field';
          field += s.slice(i, close);
          i = close + 1;
          if (s[i] !== '"') break;
          field += '"';
          i++;
        }
        if (i < s.length && s[i] !== ',' && s[i] !== '\n') return 'extraneous or missing " in quoted-field';
      } else {
        const end = s.slice(i).search(/[,\n]/);
        field = end < 0 ? s.slice(i) : s.slice(i, i + end);
        if (field.includes('"')) return 'bare " in non-quoted-field';
        i += field.length;
      }
      record.push(field);
      if (s[i] !== ',') break;
      i++;
    }
    i++;
    records.push(record);
  }
  return records;
};

/** A list of objects, one per record, keyed by the header row; every record has the header's field count. */
const csvdecode = (s: string): TfValue => {
  const records = csvRecords(s);
  if (typeof records === 'string') return failure(`csvdecode() of invalid CSV: ${records}`);
  const [header, ...rows] = records;
  if (!header) return failure('csvdecode() of CSV with no header line');
  const out: TfValue[] = [];
  for (const row of rows) {
    if (row.length !== header.length) return failure('csvdecode() of CSV with a wrong number of fields');
    out.push(Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
  }
  return out;
};

const limited =
  (fn: string, body: (s: string) => TfValue): Fn =>
  ([value]) => {
    const s = str(value, fn);
    if (s instanceof Unknown) return s;
    return s.length > MAX_INPUT ? unknown(`${fn}() of more than ${MAX_INPUT} characters`) : body(s);
  };

export const ENCODING_FUNCTIONS: Readonly<Record<string, Fn>> = {
  base64encode: limited('base64encode', (s) => Buffer.from(s, 'utf8').toString('base64')),
  base64decode: limited('base64decode', base64decode),
  urlencode: limited('urlencode', urlencode),
  csvdecode: limited('csvdecode', csvdecode),
};
