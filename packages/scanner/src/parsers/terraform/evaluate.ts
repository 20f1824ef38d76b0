import { Unknown, unknown } from '../../model/value.js';
import {
  getAttr,
  getIndex,
  instanceRefs,
  keyText,
  materialize,
  ResourceRef,
  type Scope,
  type Value,
} from './eval-values.js';
import type { Expr, ForExpr } from './expr-ast.js';
import { callFileFunction, FILE_FUNCTIONS } from './file-functions.js';
import { callFunction } from './functions.js';
import { type TfObject, TfReference, type TfValue } from './tf-resource.js';
import {
  deepFailure,
  derived,
  EvalFailure,
  failure,
  isList,
  isObject,
  TfTemplateText,
  tfEquals,
  toBool,
  toNumber,
  toText,
  typeName,
} from './values.js';

export {
  type BlockAccess,
  type KnownInstances,
  LazyObject,
  materialize,
  ResourceRef,
  type Scope,
  type Value,
} from './eval-values.js';

// Evaluates expression trees over a scope. Names the module defines (`var`, `local`, `module`, resource types)
// are lazy: only what an expression reaches is resolved, and resource attributes become `TfReference`s.

/** Evaluation steps allowed below one expression: bounds recursion on hostile input. */
export const MAX_EVAL_DEPTH = 200;

/** Elements a `for` expression or splat may produce. */
const MAX_ELEMENTS = 10_000;

interface Context {
  readonly scope: Scope;
  readonly item?: Value;
}

const arithmetic = (op: string, a: number, b: number): TfValue => {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? failure('division by zero') : a / b;
    case '%':
      return b === 0 ? failure('division by zero') : a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
};

class Evaluator {
  eval(expr: Expr, ctx: Context, depth: number): Value {
    if (depth > MAX_EVAL_DEPTH) return unknown('expression nested too deeply to evaluate');
    const sub = (e: Expr) => materialize(this.eval(e, ctx, depth + 1));
    switch (expr.t) {
      case 'literal':
        return expr.value;
      case 'unsupported':
        return unknown(expr.reason);
      case 'item':
        return ctx.item === undefined ? failure('a splat element is used outside a splat') : ctx.item;
      case 'name': {
        const value = ctx.scope.root(expr.name);
        return value === undefined ? failure(`"${expr.name}" is not defined`) : value;
      }
      case 'attr':
        return getAttr(this.eval(expr.target, ctx, depth + 1), expr.name);
      case 'index':
        return getIndex(this.eval(expr.target, ctx, depth + 1), sub(expr.key));
      case 'template':
        return this.#template(expr.parts, sub);
      case 'tuple':
        return expr.items.map(sub);
      case 'object':
        return this.#object(expr.entries, sub);
      case 'unary':
        return this.#unary(expr.op, sub(expr.operand));
      case 'binary':
        return this.#binary(expr.op, expr.left, expr.right, sub);
      case 'conditional':
        return this.#conditional(expr, ctx, depth);
      case 'call':
        return FILE_FUNCTIONS.has(expr.name)
          ? callFileFunction(expr.name, expr.args.map(sub), ctx.scope, (e, scope) => evaluate(e, scope))
          : this.#call(expr.name, expr.args, expr.expand, sub);
      case 'splat':
        return this.#splat(expr.target, expr.each, ctx, depth);
      case 'for':
        return this.#for(expr, ctx, depth);
    }
  }

  #template(parts: readonly (string | Expr)[], sub: (e: Expr) => TfValue): TfValue {
    let text = '';
    let pending: Unknown | undefined;
    // References (and templates of references) interpolated as they are: the text stays unknown, but it is set
    // and names what it refers to, unless some other part is unknown for another reason.
    const references: string[] = [];
    let onlyReferences = true;
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = sub(part);
      if (value instanceof TfReference) references.push(value.address);
      else if (value instanceof TfTemplateText) references.push(...value.references);
      else if (value instanceof Unknown && !(value instanceof EvalFailure)) onlyReferences = false;
      const piece = toText(value);
      if (piece instanceof EvalFailure) return piece;
      if (piece instanceof Unknown) pending ??= piece;
      else text += piece;
    }
    if (pending && onlyReferences && references.length > 0)
      return new TfTemplateText(
        `text built from ${references.join(', ')}, known only after apply`,
        references,
      );
    return pending ?? text;
  }

  #object(entries: readonly { key: Expr; value: Expr }[], sub: (e: Expr) => TfValue): TfValue {
    const out: Record<string, TfValue> = {};
    for (const entry of entries) {
      const key = keyText(sub(entry.key));
      if (key instanceof Unknown) return unknown(`an object key is unknown: ${key.reason}`);
      out[key] = sub(entry.value);
    }
    return out;
  }

  #unary(op: '!' | '-', operand: TfValue): TfValue {
    if (op === '!') {
      const value = toBool(operand);
      return value instanceof Unknown ? value : !value;
    }
    const value = toNumber(operand);
    return value instanceof Unknown ? value : -value;
  }

  #binary(op: string, leftExpr: Expr, rightExpr: Expr, sub: (e: Expr) => TfValue): TfValue {
    if (op === '&&' || op === '||') {
      const left = toBool(sub(leftExpr));
      const decisive = op === '||';
      if (left === decisive) return decisive;
      const right = toBool(sub(rightExpr));
      if (right === decisive) return decisive;
      if (left instanceof Unknown) return left;
      return right;
    }
    const left = sub(leftExpr);
    const right = sub(rightExpr);
    if (op === '==' || op === '!=') {
      const same = tfEquals(left, right);
      return same instanceof Unknown ? same : same === (op === '==');
    }
    const a = toNumber(left);
    if (a instanceof Unknown) return a;
    const b = toNumber(right);
    if (b instanceof Unknown) return b;
    return arithmetic(op, a, b);
  }

  #conditional(expr: Extract<Expr, { t: 'conditional' }>, ctx: Context, depth: number): Value {
    const condition = toBool(materialize(this.eval(expr.condition, ctx, depth + 1)));
    if (condition === true) return this.eval(expr.ifTrue, ctx, depth + 1);
    if (condition === false) return this.eval(expr.ifFalse, ctx, depth + 1);
    if (condition instanceof EvalFailure) return condition;
    const ifTrue = materialize(this.eval(expr.ifTrue, ctx, depth + 1));
    const ifFalse = materialize(this.eval(expr.ifFalse, ctx, depth + 1));
    return tfEquals(ifTrue, ifFalse) === true
      ? ifTrue
      : unknown(`the condition is unknown: ${condition.reason}`);
  }

  #call(name: string, argExprs: readonly Expr[], expand: boolean, sub: (e: Expr) => TfValue): TfValue {
    if (name === 'try') {
      let last: TfValue = failure('try() needs at least one argument');
      for (const arg of argExprs) {
        last = sub(arg);
        if (!deepFailure(last)) return last;
      }
      return last;
    }
    if (name === 'can') {
      if (argExprs.length !== 1) return failure('can() takes one argument');
      const value = sub(argExprs[0] as Expr);
      if (deepFailure(value)) return false;
      return value instanceof Unknown ? derived(value) : true;
    }
    const args = argExprs.map(sub);
    if (expand) {
      const last = args.pop();
      if (last instanceof Unknown) return derived(last);
      if (!isList(last)) return failure(`the argument expanded with "..." in ${name}() is not a list`);
      args.push(...last);
    }
    return callFunction(name, args);
  }

  #splat(targetExpr: Expr, each: Expr, ctx: Context, depth: number): TfValue {
    const target = this.eval(targetExpr, ctx, depth + 1);
    if (target instanceof ResourceRef) {
      // Over the instances of a block whose count or for_each is known (a single resource is a list of one).
      const instances = instanceRefs(target);
      if (!instances) return unknown(`splat over ${target.address} is known only after apply`);
      return instances.refs.map((item) =>
        materialize(this.eval(each, { scope: ctx.scope, item }, depth + 1)),
      );
    }
    const value = materialize(target);
    if (value instanceof Unknown) return derived(value);
    if (value === null) return [];
    const items = isList(value) ? value : [value];
    if (items.length > MAX_ELEMENTS) return unknown(`a splat over more than ${MAX_ELEMENTS} elements`);
    return items.map((item) => materialize(this.eval(each, { scope: ctx.scope, item }, depth + 1)));
  }

  #for(expr: ForExpr, ctx: Context, depth: number): TfValue {
    const collection = materialize(this.eval(expr.collection, ctx, depth + 1));
    if (collection instanceof Unknown) return derived(collection);
    let pairs: (readonly [TfValue, TfValue])[];
    if (isList(collection)) pairs = collection.map((v, i) => [i, v] as const);
    else if (isObject(collection)) pairs = Object.entries(collection);
    else return failure(`a for expression cannot iterate over a ${typeName(collection)}`);
    if (pairs.length > MAX_ELEMENTS)
      return unknown(`a for expression over more than ${MAX_ELEMENTS} elements`);
    const tuple: TfValue[] = [];
    const object: Record<string, TfValue> = {};
    const groups: Record<string, TfValue[]> = {};
    for (const [key, value] of pairs) {
      const bound: Scope = {
        root: (name) => (name === expr.valueVar ? value : name === expr.keyVar ? key : ctx.scope.root(name)),
      };
      const inner: Context = { scope: bound, item: ctx.item };
      const sub = (e: Expr) => materialize(this.eval(e, inner, depth + 1));
      if (expr.condition) {
        const keep = toBool(sub(expr.condition));
        if (keep instanceof Unknown) return derived(keep);
        if (!keep) continue;
      }
      const item = sub(expr.valueExpr);
      if (expr.kind === 'tuple' || !expr.keyExpr) {
        tuple.push(item);
        continue;
      }
      const name = keyText(sub(expr.keyExpr));
      if (name instanceof Unknown) return unknown(`a key of a for expression is unknown: ${name.reason}`);
      if (expr.group) {
        const group = groups[name] ?? [];
        group.push(item);
        groups[name] = group;
      } else if (Object.hasOwn(object, name)) return failure(`duplicate key "${name}" in a for expression`);
      else object[name] = item;
    }
    if (expr.kind === 'tuple') return tuple;
    return expr.group ? (groups as TfObject) : object;
  }
}

const evaluator = new Evaluator();

/**
 * Evaluates an expression to a value: known where the configuration alone decides it, `Unknown` (with the
 * reason) elsewhere, a `TfReference` for a resource attribute passed along as it is. Never throws.
 */
export const evaluate = (expr: Expr, scope: Scope): TfValue => {
  try {
    return materialize(evaluator.eval(expr, { scope }, 0));
  } catch (err) {
    return unknown(
      err instanceof RangeError ? 'expression nested too deeply to evaluate' : 'cannot evaluate',
    );
  }
};

/** Evaluates without materializing: `module.net` or `aws_vpc.main` stay lazy for further traversal. */
export const evaluateLazy = (expr: Expr, scope: Scope): Value => {
  try {
    return evaluator.eval(expr, { scope }, 0);
  } catch {
    return unknown('cannot evaluate');
  }
};
