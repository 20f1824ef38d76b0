import type { TfValue } from './tf-resource.js';

// The syntax tree of the Terraform expressions the resolver evaluates (see expressions.ts for the grammar).

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface ObjectEntry {
  readonly key: Expr;
  readonly value: Expr;
}

export interface ForExpr {
  readonly t: 'for';
  /** `[for ...]` builds a tuple, `{for ...}` an object. */
  readonly kind: 'tuple' | 'object';
  /** The first symbol of `for k, v in`: absent with a single symbol. */
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expr;
  /** The key expression of an object `for` (`k => v`). */
  readonly keyExpr?: Expr;
  readonly valueExpr: Expr;
  readonly condition?: Expr;
  /** `v...`: values with the same key are grouped into lists. */
  readonly group: boolean;
}

export type Expr =
  | { readonly t: 'literal'; readonly value: TfValue }
  /** A string template: literal parts and interpolations, concatenated. */
  | { readonly t: 'template'; readonly parts: readonly (string | Expr)[] }
  /** Syntax the evaluator does not support; evaluates to Unknown with the reason. */
  | { readonly t: 'unsupported'; readonly reason: string }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'attr'; readonly target: Expr; readonly name: string }
  | { readonly t: 'index'; readonly target: Expr; readonly key: Expr }
  /** `list[*].attr`: `each` is evaluated for every element, which it reads as `{ t: 'item' }`. */
  | { readonly t: 'splat'; readonly target: Expr; readonly each: Expr }
  | { readonly t: 'item' }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
  | { readonly t: 'unary'; readonly op: '!' | '-'; readonly operand: Expr }
  | { readonly t: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly t: 'conditional'; readonly condition: Expr; readonly ifTrue: Expr; readonly ifFalse: Expr }
  | { readonly t: 'tuple'; readonly items: readonly Expr[] }
  | { readonly t: 'object'; readonly entries: readonly ObjectEntry[] }
  | ForExpr;
