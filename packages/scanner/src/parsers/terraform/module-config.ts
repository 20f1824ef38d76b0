import type { InputIssue } from '../../inputs/input-issue.js';
import type { SourceLocation } from '../../model/location.js';
import type { RawBody, RawValue, TfFile } from './hcl.js';
import type { BlockLines, BodyLines } from './line-index.js';

// The declarations of one module (all `.tf` and `.tf.json` files of a folder), gathered from the parsed files
// and paired with their lines. hcl2json gives repeated blocks as lists (`resource.aws_instance.web: [{...}]`);
// JSON syntax may give a single object: both read the same here. Override files (`override.tf`,
// `*_override.tf`) are merged into the declarations they override, as Terraform does.

export interface Declared {
  readonly name: string;
  readonly location: SourceLocation;
  /** Lines of the block's attributes and nested blocks, when the source gives them. */
  readonly lines?: BodyLines;
}

export interface VariableDecl extends Declared {
  /** `undefined` when the variable has no default. */
  readonly default?: RawValue;
  readonly hasDefault: boolean;
  /** `string`, `number`, `bool`, or another type expression, as written. */
  readonly type?: string;
  /** The default is literal (JSON syntax), not a template. */
  readonly literal: boolean;
}

export interface ValueDecl extends Declared {
  readonly value: RawValue;
}

export interface ResourceDecl extends Declared {
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly body: RawBody;
}

export interface ModuleCallDecl extends Declared {
  readonly body: RawBody;
}

export interface ModuleConfig {
  readonly variables: ReadonlyMap<string, VariableDecl>;
  readonly locals: ReadonlyMap<string, ValueDecl>;
  readonly outputs: ReadonlyMap<string, ValueDecl>;
  readonly resources: readonly ResourceDecl[];
  readonly calls: readonly ModuleCallDecl[];
  /** Resource types declared as managed resources: the names an expression may start with. */
  readonly resourceTypes: ReadonlySet<string>;
  /** Addresses declared in the module: `aws_vpc.main`, `data.aws_ami.base`, `module.net`. */
  readonly addresses: ReadonlySet<string>;
  readonly issues: readonly InputIssue[];
}

const isRecord = (value: RawValue): value is RawBody =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A block's bodies: hcl2json always lists them; JSON syntax may give one object. */
export const bodiesOf = (value: RawValue): RawBody[] =>
  Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : [];

const entriesOf = (value: RawValue): [string, RawValue][] =>
  isRecord(value) ? Object.entries(value).filter(([k]) => k !== '//') : [];

/** The type expression of a variable as written (`"${number}"` from hcl2json, `"number"` in JSON). */
const typeText = (value: RawValue): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = /^\$\{(.*)\}$/s.exec(value);
  return (match ? match[1] : value)?.trim();
};

/** `override.tf`, `app_override.tf.json`: read last, merged into what they override. */
export const isOverrideFile = (file: string): boolean => /(^|[/_])override\.tf(\.json)?$/.test(file);

/** Each argument and nested block type of the override replaces the base's (Terraform's merge rule). */
const mergeBodies = (base: RawBody, override: RawBody): RawBody => {
  const merged: Record<string, RawValue> = { ...base, ...override };
  if (isRecord(base.dynamic) && isRecord(override.dynamic))
    merged.dynamic = { ...base.dynamic, ...override.dynamic };
  return merged;
};

/** The base's lines without those of what the override replaces (they are in another file). */
const linesWithout = (lines: BodyLines | undefined, override: RawBody): BodyLines | undefined => {
  if (!lines) return undefined;
  const replaced = new Set([
    ...Object.keys(override),
    ...Object.keys(isRecord(override.dynamic) ? override.dynamic : {}),
  ]);
  return {
    attributes: new Map([...lines.attributes].filter(([k]) => !replaced.has(k))),
    blocks: lines.blocks.filter(
      (b) => !replaced.has(b.type) && !(b.type === 'dynamic' && replaced.has(b.labels[0] ?? '')),
    ),
  };
};

class ConfigBuilder {
  readonly variables = new Map<string, VariableDecl>();
  readonly locals = new Map<string, ValueDecl>();
  readonly outputs = new Map<string, ValueDecl>();
  readonly resources: ResourceDecl[] = [];
  readonly calls: ModuleCallDecl[] = [];
  readonly issues: InputIssue[] = [];
  readonly addresses = new Set<string>();
  readonly #resourceAt = new Map<string, number>();

  add(file: TfFile, override: boolean) {
    const used = new Set<BlockLines>();
    /** The next not yet paired block of the file with this type and labels. */
    const lines = (type: string, labels: readonly string[]): BlockLines | undefined => {
      const block = file.blocks.find(
        (b) =>
          !used.has(b) &&
          b.type === type &&
          b.labels.length === labels.length &&
          b.labels.every((l, i) => l === labels[i]),
      );
      if (block) used.add(block);
      return block;
    };
    const at = (block: BlockLines | undefined): SourceLocation => ({
      file: file.file,
      line: block?.line ?? 1,
    });

    for (const [type, byName] of entriesOf(file.body.resource))
      for (const [name, value] of entriesOf(byName))
        for (const body of bodiesOf(value)) this.#resource('managed', type, name, body, lines, at, override);
    for (const [type, byName] of entriesOf(file.body.data))
      for (const [name, value] of entriesOf(byName))
        for (const body of bodiesOf(value)) this.#resource('data', type, name, body, lines, at, override);

    for (const [name, value] of entriesOf(file.body.variable))
      for (const body of bodiesOf(value)) {
        const block = lines('variable', [name]);
        const base = this.variables.get(name);
        if (override && base) {
          this.variables.set(name, {
            ...base,
            ...(Object.hasOwn(body, 'default')
              ? { default: body.default, hasDefault: true, literal: file.json }
              : {}),
            ...(Object.hasOwn(body, 'type') ? { type: typeText(body.type) } : {}),
          });
          continue;
        }
        const decl: VariableDecl = {
          name,
          location: at(block),
          lines: block?.body,
          default: body.default,
          hasDefault: Object.hasOwn(body, 'default'),
          type: typeText(body.type),
          literal: file.json,
        };
        this.#unique(this.variables, decl, `variable "${name}"`);
      }

    for (const body of bodiesOf(file.body.locals)) {
      const block = lines('locals', []);
      for (const [name, value] of entriesOf(body)) {
        const line = block?.body.attributes.get(name) ?? block?.line ?? 1;
        if (override && this.locals.has(name)) {
          this.locals.set(name, { name, location: { file: file.file, line }, value });
          continue;
        }
        this.#unique(
          this.locals,
          { name, location: { file: file.file, line }, value },
          `local value "${name}"`,
        );
      }
    }

    for (const [name, value] of entriesOf(file.body.output))
      for (const body of bodiesOf(value)) {
        const block = lines('output', [name]);
        const base = this.outputs.get(name);
        if (override && base) {
          if (Object.hasOwn(body, 'value')) this.outputs.set(name, { ...base, value: body.value });
          continue;
        }
        const decl = { name, location: at(block), lines: block?.body, value: body.value };
        this.#unique(this.outputs, decl, `output "${name}"`);
      }

    for (const [name, value] of entriesOf(file.body.module))
      for (const body of bodiesOf(value)) {
        const block = lines('module', [name]);
        const location = at(block);
        const base = this.calls.findIndex((c) => c.name === name);
        const found = this.calls[base];
        if (override && found) {
          this.calls[base] = {
            ...found,
            body: mergeBodies(found.body, body),
            lines: linesWithout(found.lines, body),
          };
          continue;
        }
        if (this.addresses.has(`module.${name}`)) this.#duplicate(`module "${name}"`, location);
        else {
          this.addresses.add(`module.${name}`);
          this.calls.push({ name, location, lines: block?.body, body });
        }
      }
  }

  #resource(
    mode: 'managed' | 'data',
    type: string,
    name: string,
    body: RawBody,
    lines: (type: string, labels: readonly string[]) => BlockLines | undefined,
    at: (block: BlockLines | undefined) => SourceLocation,
    override: boolean,
  ) {
    const block = lines(mode === 'managed' ? 'resource' : 'data', [type, name]);
    const address = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    // By address, not by searching: a module of tens of thousands of resources would be quadratic.
    const base = this.#resourceAt.get(address) ?? -1;
    const found = this.resources[base];
    if (override && found) {
      this.resources[base] = {
        ...found,
        body: mergeBodies(found.body, body),
        lines: linesWithout(found.lines, body),
      };
      return;
    }
    if (this.addresses.has(address)) {
      this.#duplicate(address, at(block));
      return;
    }
    this.addresses.add(address);
    this.#resourceAt.set(address, this.resources.length);
    this.resources.push({ mode, type, name, body, location: at(block), lines: block?.body });
  }

  #unique<T extends Declared>(map: Map<string, T>, decl: T, what: string) {
    if (map.has(decl.name)) this.#duplicate(what, decl.location);
    else map.set(decl.name, decl);
  }

  #duplicate(what: string, location: SourceLocation) {
    this.issues.push({ level: 'error', location, message: `${what} is declared twice: this one is ignored` });
  }
}

/** Gathers the declarations of a module's files (in the order given, override files last). */
export const buildModuleConfig = (files: readonly TfFile[]): ModuleConfig => {
  const builder = new ConfigBuilder();
  for (const file of files) if (!isOverrideFile(file.file)) builder.add(file, false);
  for (const file of files) if (isOverrideFile(file.file)) builder.add(file, true);
  return {
    variables: builder.variables,
    locals: builder.locals,
    outputs: builder.outputs,
    resources: builder.resources,
    calls: builder.calls,
    resourceTypes: new Set(builder.resources.filter((r) => r.mode === 'managed').map((r) => r.type)),
    addresses: builder.addresses,
    issues: builder.issues,
  };
};
