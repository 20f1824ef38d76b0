import { isIdentPart, isIdentStart } from './expr-lexer.js';

// hcl2json gives no line numbers, so a light lexer finds them in the source text: every block
// (`resource "type" "name" {`, `locals {`, nested `metadata_options {`, `dynamic "ingress" {`) and every
// attribute (`key =`) with its line. It skips over strings (with `${}` interpolations), heredocs and comments,
// so braces inside them do not count, and never recurses, whatever the input.

export interface BodyLines {
  /** Line of each attribute (the first one, if a name is repeated). */
  readonly attributes: ReadonlyMap<string, number>;
  /** Nested blocks in source order. */
  readonly blocks: readonly BlockLines[];
}

export interface BlockLines {
  /** The block type: `resource`, `metadata_options`, `dynamic`. */
  readonly type: string;
  /** The labels: `["aws_instance", "web"]`, `["ingress"]` for `dynamic "ingress"`. */
  readonly labels: readonly string[];
  readonly line: number;
  readonly body: BodyLines;
}

export interface LineIndex {
  /** The top-level blocks of the file. */
  readonly blocks: readonly BlockLines[];
  /** Deepest nesting of blocks, brackets, parentheses and interpolations. */
  readonly maxNesting: number;
  /** Line where the nesting is deepest. */
  readonly deepestLine: number;
}

interface MutableBody {
  readonly attributes: Map<string, number>;
  readonly blocks: BlockLines[];
}

const newBody = (): MutableBody => ({ attributes: new Map(), blocks: [] });

const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

class LineLexer {
  readonly #src: string;
  #pos = 0;
  #line = 1;
  maxNesting = 0;
  deepestLine = 1;

  constructor(src: string) {
    this.#src = src;
  }

  index(): LineIndex {
    const root = newBody();
    const frames: MutableBody[] = [root];
    const src = this.#src;
    while (this.#pos < src.length) {
      this.#skipSpace(true);
      if (this.#pos >= src.length) break;
      const ch = src[this.#pos];
      const body = frames[frames.length - 1] ?? root;
      if (ch === '}') {
        this.#pos++;
        if (frames.length > 1) frames.pop();
        continue;
      }
      if (!isIdentStart(ch)) {
        this.#skipExpression(frames.length - 1);
        if (src[this.#pos] === ch && ch !== '}') this.#pos++;
        continue;
      }
      const line = this.#line;
      const name = this.#ident();
      this.#skipSpace(false);
      if (src[this.#pos] === '=' && src[this.#pos + 1] !== '=') {
        this.#pos++;
        if (!body.attributes.has(name)) body.attributes.set(name, line);
        this.#skipExpression(frames.length - 1);
        continue;
      }
      const labels = this.#labels();
      if (labels && src[this.#pos] === '{') {
        this.#pos++;
        const inner = newBody();
        body.blocks.push({ type: name, labels, line, body: inner });
        frames.push(inner);
        this.#nesting(frames.length - 1);
        continue;
      }
      this.#skipExpression(frames.length - 1);
    }
    return { blocks: root.blocks, maxNesting: this.maxNesting, deepestLine: this.deepestLine };
  }

  #nesting(depth: number) {
    if (depth > this.maxNesting) {
      this.maxNesting = depth;
      this.deepestLine = this.#line;
    }
  }

  #ident(): string {
    const start = this.#pos;
    while (isIdentPart(this.#src[this.#pos])) this.#pos++;
    return this.#src.slice(start, this.#pos);
  }

  /** Block labels up to the `{` on the same line; undefined when something else follows. */
  #labels(): string[] | undefined {
    const src = this.#src;
    const labels: string[] = [];
    for (;;) {
      this.#skipSpace(false);
      const ch = src[this.#pos];
      if (ch === '{') return labels;
      if (ch === '"') {
        let end = this.#pos + 1;
        let label = '';
        while (end < src.length && src[end] !== '"' && src[end] !== '\n') {
          if (src[end] === '\\') end++;
          label += src[end] ?? '';
          end++;
        }
        if (src[end] !== '"') return undefined;
        labels.push(label);
        this.#pos = end + 1;
      } else if (isIdentStart(ch)) labels.push(this.#ident());
      else return undefined;
    }
  }

  /** Skips blanks and comments; newlines too when `newlines` is set. */
  #skipSpace(newlines: boolean) {
    const src = this.#src;
    while (this.#pos < src.length) {
      const ch = src[this.#pos];
      if (ch === ' ' || ch === '\t' || ch === '\r') this.#pos++;
      else if (ch === '\n') {
        if (!newlines) return;
        this.#line++;
        this.#pos++;
      } else if (ch === '#' || (ch === '/' && src[this.#pos + 1] === '/')) this.#skipLineComment();
      else if (ch === '/' && src[this.#pos + 1] === '*') this.#skipBlockComment();
      else return;
    }
  }

  #skipLineComment() {
    const end = this.#src.indexOf('\n', this.#pos);
    this.#pos = end < 0 ? this.#src.length : end;
  }

  #skipBlockComment() {
    const end = this.#src.indexOf('*/', this.#pos + 2);
    this.#advanceTo(end < 0 ? this.#src.length : end + 2);
  }

  #advanceTo(end: number) {
    for (let i = this.#src.indexOf('\n', this.#pos); i >= 0 && i < end; i = this.#src.indexOf('\n', i + 1))
      this.#line++;
    this.#pos = end;
  }

  /** `<<EOF` or `<<-EOF` at the position: skips to the line after the closing marker. */
  #skipHeredoc(): boolean {
    const match = /^<<-?([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/u.exec(
      this.#src.slice(this.#pos, this.#pos + 256),
    );
    if (!match) return false;
    const marker = match[1] ?? '';
    this.#advanceTo(this.#pos + match[0].length);
    const src = this.#src;
    while (this.#pos < src.length) {
      const eol = src.indexOf('\n', this.#pos);
      const end = eol < 0 ? src.length : eol;
      const done = src.slice(this.#pos, end).trim() === marker;
      this.#pos = end;
      if (done) return true;
      if (eol >= 0) {
        this.#pos++;
        this.#line++;
      }
    }
    return true;
  }

  /**
   * Skips an attribute's expression: to the end of its line, or further while brackets, strings or
   * interpolations are open. Stops before a `}` that closes the enclosing block.
   */
  #skipExpression(blockDepth: number) {
    const src = this.#src;
    const stack: string[] = [];
    while (this.#pos < src.length) {
      const ch = src[this.#pos] ?? '';
      const top = stack[stack.length - 1];
      if (top === '"') {
        if (ch === '\\') this.#pos += 2;
        else if (ch === '"') {
          stack.pop();
          this.#pos++;
        } else if ((ch === '$' || ch === '%') && src[this.#pos + 1] === '{') {
          stack.push('${');
          this.#nesting(blockDepth + stack.length);
          this.#pos += 2;
        } else if (ch === '\n') stack.pop();
        else this.#pos++;
        continue;
      }
      if (ch === '\n') {
        if (stack.length === 0) return;
        this.#line++;
        this.#pos++;
      } else if (ch === '#' || (ch === '/' && src[this.#pos + 1] === '/')) this.#skipLineComment();
      else if (ch === '/' && src[this.#pos + 1] === '*') this.#skipBlockComment();
      else if (ch === '<' && src[this.#pos + 1] === '<' && this.#skipHeredoc()) {
        if (stack.length === 0) return;
      } else if (ch === '"' || ch === '(' || ch === '[' || ch === '{') {
        stack.push(ch);
        this.#nesting(blockDepth + stack.length);
        this.#pos++;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        if (stack.length === 0) {
          if (ch === '}') return;
          this.#pos++;
          continue;
        }
        const opener = CLOSERS[ch];
        if (top === opener || (ch === '}' && top === '${')) stack.pop();
        this.#pos++;
      } else this.#pos++;
    }
  }
}

/** The blocks and attributes of an HCL text with their lines. Never throws, whatever the text. */
export const indexLines = (text: string): LineIndex => new LineLexer(text).index();

/** The nested blocks of a body with the given type (and first label, for `dynamic "ingress"`). */
export const blocksOf = (body: BodyLines | undefined, type: string, label?: string): BlockLines[] =>
  body?.blocks.filter((b) => b.type === type && (label === undefined || b.labels[0] === label)) ?? [];
