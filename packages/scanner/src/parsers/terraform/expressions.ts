import { NimbusError } from '@nimbus/core';
import type { BinaryOp, Expr, ObjectEntry } from './expr-ast.js';
import { ExprLexer, isDigit, syntaxError } from './expr-lexer.js';

// A Pratt parser (over the tokens of expr-lexer.ts) for Terraform expressions and string templates. hcl2json hands every
// expression over as a template string (`"${var.env == \"prod\" ? 3 : 1}"`, `"ami-${var.env}"`), the same
// form the JSON syntax (`.tf.json`) uses, so everything starts from `parseTemplate`. Syntax we do not support
// (template directives, heredocs inside expressions, provider functions) parses to an `unsupported` node.

/** Nesting of sub-expressions (parentheses, brackets, calls, interpolations) the parser accepts. */
export const MAX_EXPRESSION_NESTING = 100;

const PRECEDENCE: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

class Parser extends ExprLexer {
  #depth = 0;

  /** A whole text as a template without quotes (a string value of hcl2json or of a `.tf.json` file). */
  topTemplate(): Expr {
    return this.#template(false);
  }

  /** A whole text as one expression. */
  topExpression(): Expr {
    const expr = this.#ternary();
    const rest = this.peek();
    if (rest.kind !== 'eof') throw syntaxError(`unexpected "${rest.text}"`, this.pos);
    return expr;
  }

  #nested<T>(parse: () => T): T {
    if (++this.#depth > MAX_EXPRESSION_NESTING) throw syntaxError('expression nested too deeply', this.pos);
    try {
      return parse();
    } finally {
      this.#depth--;
    }
  }

  // ---- expressions ----

  #ternary(): Expr {
    return this.#nested(() => {
      const condition = this.#binary(1);
      if (!this.is('?')) return condition;
      this.next();
      const ifTrue = this.#ternary();
      this.expect(':');
      const ifFalse = this.#ternary();
      return { t: 'conditional', condition, ifTrue, ifFalse };
    });
  }

  #binary(min: number): Expr {
    let left = this.#unary();
    for (;;) {
      const token = this.peek();
      const precedence = token.kind === 'punct' ? PRECEDENCE[token.text] : undefined;
      if (precedence === undefined || precedence < min) return left;
      this.next();
      const right = this.#binary(precedence + 1);
      left = { t: 'binary', op: token.text as BinaryOp, left, right };
    }
  }

  #unary(): Expr {
    if (this.is('!') || this.is('-')) {
      const op = this.next().text as '!' | '-';
      const operand = this.#nested(() => this.#unary());
      if (op === '-' && operand.t === 'literal' && typeof operand.value === 'number')
        return { t: 'literal', value: -operand.value };
      return { t: 'unary', op, operand };
    }
    return this.#postfix(this.#primary());
  }

  #primary(): Expr {
    const token = this.next();
    if (token.kind === 'number') return { t: 'literal', value: Number(token.text) };
    if (token.kind === 'quote') return this.#nested(() => this.#template(true));
    if (token.kind === 'ident') {
      if (token.text === 'true' || token.text === 'false')
        return { t: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { t: 'literal', value: null };
      if (this.is('(')) return this.#call(token.text);
      if (this.src.startsWith('::', this.pos))
        throw syntaxError('provider functions are not supported', this.pos);
      return { t: 'name', name: token.text };
    }
    if (token.kind === 'punct') {
      if (token.text === '(') {
        const inner = this.#ternary();
        this.expect(')');
        return inner;
      }
      if (token.text === '[') return this.#nested(() => this.#tuple());
      if (token.text === '{') return this.#nested(() => this.#object());
      if (token.text === '<<') throw syntaxError('heredocs inside expressions are not supported', this.pos);
    }
    throw syntaxError(`unexpected "${token.text}"`, this.pos);
  }

  #traversalStep(target: Expr): Expr | undefined {
    if (this.is('.')) {
      const after = this.skipSpace(this.peek().end).at;
      if (isDigit(this.src[after])) {
        this.next();
        const match = /^\d+/.exec(this.src.slice(after, after + 20)) ?? ['0'];
        this.pos = after + match[0].length;
        return { t: 'index', target, key: { t: 'literal', value: Number(match[0]) } };
      }
      const second = this.peekSecond();
      if (second.kind === 'ident') {
        this.next();
        this.next();
        return { t: 'attr', target, name: second.text };
      }
      return undefined;
    }
    if (this.is('[') && this.peekSecond().text !== '*') {
      this.next();
      const key = this.#ternary();
      this.expect(']');
      return { t: 'index', target, key };
    }
    return undefined;
  }

  #isSplat(): boolean {
    return (this.is('[') || this.is('.')) && this.peekSecond().text === '*';
  }

  #postfix(start: Expr): Expr {
    let expr = start;
    for (;;) {
      if (this.#isSplat()) return { t: 'splat', target: expr, each: this.#splatRest() };
      const step = this.#traversalStep(expr);
      if (!step) return expr;
      expr = step;
    }
  }

  /** After `[*]` or `.*`: the traversals applied to each element. */
  #splatRest(): Expr {
    const open = this.next().text;
    this.next();
    if (open === '[') this.expect(']');
    let each: Expr = { t: 'item' };
    for (;;) {
      if (this.#isSplat()) return this.#nested(() => ({ t: 'splat', target: each, each: this.#splatRest() }));
      const step = this.#traversalStep(each);
      if (!step) return each;
      each = step;
    }
  }

  #call(name: string): Expr {
    this.expect('(');
    const args: Expr[] = [];
    let expand = false;
    while (!this.is(')')) {
      args.push(this.#ternary());
      if (this.is('...')) {
        this.next();
        expand = true;
        break;
      }
      if (!this.is(',')) break;
      this.next();
    }
    this.expect(')');
    return { t: 'call', name, args, expand };
  }

  #startsFor(): boolean {
    const token = this.peek();
    return token.kind === 'ident' && token.text === 'for' && this.peekSecond().kind === 'ident';
  }

  #tuple(): Expr {
    if (this.#startsFor()) return this.#for('tuple');
    const items: Expr[] = [];
    while (!this.is(']')) {
      items.push(this.#ternary());
      if (!this.is(',')) break;
      this.next();
    }
    this.expect(']');
    return { t: 'tuple', items };
  }

  #object(): Expr {
    if (this.#startsFor()) return this.#for('object');
    const entries: ObjectEntry[] = [];
    while (!this.is('}')) {
      const token = this.peek();
      const second = token.kind === 'ident' ? this.peekSecond() : undefined;
      let key: Expr;
      if (second && (second.text === '=' || second.text === ':')) {
        this.next();
        key = { t: 'literal', value: token.text };
      } else key = this.#ternary();
      const separator = this.next();
      if (separator.text !== '=' && separator.text !== ':')
        throw syntaxError(`expected "=" after an object key but found "${separator.text}"`, this.pos);
      entries.push({ key, value: this.#ternary() });
      if (this.is(',')) this.next();
      else if (!this.is('}') && !this.peek().newline)
        throw syntaxError(`expected "," or a new line but found "${this.peek().text}"`, this.pos);
    }
    this.expect('}');
    return { t: 'object', entries };
  }

  #ident(): string {
    const token = this.next();
    if (token.kind !== 'ident') throw syntaxError(`expected a name but found "${token.text}"`, this.pos);
    return token.text;
  }

  #for(kind: 'tuple' | 'object'): Expr {
    this.next();
    const first = this.#ident();
    let keyVar: string | undefined;
    let valueVar = first;
    if (this.is(',')) {
      this.next();
      keyVar = first;
      valueVar = this.#ident();
    }
    if (this.#ident() !== 'in') throw syntaxError('expected "in" in a for expression', this.pos);
    const collection = this.#ternary();
    this.expect(':');
    let keyExpr: Expr | undefined;
    if (kind === 'object') {
      keyExpr = this.#ternary();
      this.expect('=>');
    }
    const valueExpr = this.#ternary();
    let group = false;
    if (kind === 'object' && this.is('...')) {
      this.next();
      group = true;
    }
    let condition: Expr | undefined;
    const token = this.peek();
    if (token.kind === 'ident' && token.text === 'if') {
      this.next();
      condition = this.#ternary();
    }
    this.expect(kind === 'tuple' ? ']' : '}');
    return { t: 'for', kind, keyVar, valueVar, collection, keyExpr, valueExpr, condition, group };
  }

  // ---- templates ----

  #template(quoted: boolean): Expr {
    const src = this.src;
    const parts: (string | Expr)[] = [];
    let text = '';
    let trimNext = false;
    const flush = (trimEnd: boolean) => {
      let literal = trimNext ? text.trimStart() : text;
      if (trimEnd) literal = literal.trimEnd();
      if (literal !== '') parts.push(literal);
      text = '';
      trimNext = false;
    };
    for (;;) {
      if (this.pos >= src.length) {
        if (quoted) throw syntaxError('unterminated string', this.pos);
        break;
      }
      const ch = src[this.pos] ?? '';
      const next = src[this.pos + 1];
      if (quoted && ch === '"') {
        this.pos++;
        break;
      }
      if (quoted && ch === '\\') {
        text += this.#escape();
        continue;
      }
      if ((ch === '$' || ch === '%') && next === ch && src[this.pos + 2] === '{') {
        text += `${ch}{`;
        this.pos += 3;
        continue;
      }
      if (ch === '%' && next === '{')
        throw syntaxError('template directives (%{...}) are not supported', this.pos);
      if (ch === '$' && next === '{') {
        this.pos += 2;
        const trimBefore = src[this.pos] === '~';
        if (trimBefore) this.pos++;
        flush(trimBefore);
        parts.push(this.#ternary());
        if (this.is('~')) {
          this.next();
          trimNext = true;
        }
        this.expect('}');
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush(false);
    if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0] as Expr;
    if (parts.every((p) => typeof p === 'string')) return { t: 'literal', value: parts.join('') };
    return { t: 'template', parts };
  }

  #escape(): string {
    const src = this.src;
    const kind = src[this.pos + 1] ?? '';
    const simple = ESCAPES[kind];
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    const width = kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
    const hex = src.slice(this.pos + 2, this.pos + 2 + width);
    if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width)
      throw syntaxError(`invalid escape "\\${kind}"`, this.pos);
    this.pos += 2 + width;
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff) throw syntaxError(`invalid escape "\\${kind}${hex}"`, this.pos);
    return String.fromCodePoint(code);
  }
}

const unsupported = (err: unknown): Expr => ({
  t: 'unsupported',
  reason: err instanceof NimbusError ? err.message : 'expression cannot be parsed',
});

/**
 * Parses a string value as Terraform reads it: a template whose `${...}` interpolations are expressions. A
 * template that is one interpolation is that expression (`"${var.tags}"` is a map, not a string). Never
 * throws: bad or unsupported syntax becomes an `unsupported` node.
 */
export const parseTemplate = (text: string): Expr => {
  if (!text.includes('${') && !text.includes('%{')) return { t: 'literal', value: text };
  try {
    return new Parser(text).topTemplate();
  } catch (err) {
    return unsupported(err);
  }
};

/** Parses a bare expression (`var.env == "prod" ? 3 : 1`). Never throws. */
export const parseExpression = (text: string): Expr => {
  try {
    return new Parser(text).topExpression();
  } catch (err) {
    return unsupported(err);
  }
};
