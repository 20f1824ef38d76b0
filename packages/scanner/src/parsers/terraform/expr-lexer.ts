import { NimbusError } from '@nimbus/core';

// The tokens of Terraform expressions, read on demand from a position in the text: the parser
// (expressions.ts) switches to reading characters itself inside string templates.

const PUNCTUATION = ['...', '==', '!=', '<=', '>=', '&&', '||', '=>', '<<', ...'+-*/%<>!?:=.,()[]{}~'];

export interface Token {
  readonly kind: 'number' | 'ident' | 'punct' | 'quote' | 'eof';
  readonly text: string;
  readonly end: number;
  /** A newline comes between the previous token and this one. */
  readonly newline: boolean;
}

const isAsciiLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/** A letter or `_` (ASCII checked first: the Unicode test is slow and rarely needed). */
export const isIdentStart = (ch: string | undefined): boolean =>
  ch !== undefined && (isAsciiLetter(ch) || ch === '_' || (ch > '\x7f' && /\p{L}/u.test(ch)));

/** A letter, digit, `_` or `-`: HCL names may contain dashes. */
export const isIdentPart = (ch: string | undefined): boolean =>
  ch !== undefined &&
  (isAsciiLetter(ch) ||
    (ch >= '0' && ch <= '9') ||
    ch === '_' ||
    ch === '-' ||
    (ch > '\x7f' && /[\p{L}\p{N}]/u.test(ch)));
export const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

export const syntaxError = (message: string, offset: number) =>
  new NimbusError('INVALID_ARGUMENT', message, { offset });

/** Reads tokens from a text; `pos` is where the next token (after blanks and comments) starts. */
export class ExprLexer {
  protected readonly src: string;
  protected pos = 0;

  constructor(src: string) {
    this.src = src;
  }

  protected skipSpace(from: number): { at: number; newline: boolean } {
    const src = this.src;
    let at = from;
    let newline = false;
    while (at < src.length) {
      const ch = src[at];
      if (ch === '\n') {
        newline = true;
        at++;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') at++;
      else if (ch === '#' || (ch === '/' && src[at + 1] === '/')) {
        const end = src.indexOf('\n', at);
        at = end < 0 ? src.length : end;
      } else if (ch === '/' && src[at + 1] === '*') {
        const end = src.indexOf('*/', at + 2);
        if (end < 0) throw syntaxError('unterminated comment', at);
        if (src.slice(at, end).includes('\n')) newline = true;
        at = end + 2;
      } else break;
    }
    return { at, newline };
  }

  protected peek(): Token {
    const src = this.src;
    const { at, newline } = this.skipSpace(this.pos);
    if (at >= src.length) return { kind: 'eof', text: 'end of expression', end: at, newline };
    const ch = src[at] ?? '';
    if (ch === '"') return { kind: 'quote', text: '"', end: at + 1, newline };
    if (isDigit(ch)) {
      const match = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(at, at + 64));
      const text = match?.[0] ?? ch;
      return { kind: 'number', text, end: at + text.length, newline };
    }
    if (isIdentStart(ch)) {
      let end = at + 1;
      while (end < src.length && isIdentPart(src[end] ?? '')) end++;
      return { kind: 'ident', text: src.slice(at, end), end, newline };
    }
    const punct = PUNCTUATION.find((p) => src.startsWith(p, at));
    if (punct) return { kind: 'punct', text: punct, end: at + punct.length, newline };
    throw syntaxError(`unexpected character "${ch}"`, at);
  }

  protected next(): Token {
    const token = this.peek();
    this.pos = token.end;
    return token;
  }

  protected is(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  protected expect(text: string): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.text !== text)
      throw syntaxError(`expected "${text}" but found "${token.text}"`, this.pos);
  }

  /** The token after the next one, without consuming either. */
  protected peekSecond(): Token {
    const saved = this.pos;
    this.next();
    const second = this.peek();
    this.pos = saved;
    return second;
  }
}
