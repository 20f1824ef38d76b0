import type { InputIssue } from '../../inputs/input-issue.js';
import type { SourceLocation } from '../../model/location.js';
import { unknown } from '../../model/value.js';
import { declsOf, echoedRaw, knownInstances } from './block-instances.js';
import { bindNames, evaluateBody } from './body.js';
import { type BlockAccess, LazyObject, ResourceRef, type Scope, type Value } from './evaluate.js';
import { type Expansion, expandInstances } from './expansion.js';
import { FILES_ROOT, fileReader, type ListConfigFiles, type ReadConfigFile } from './file-functions.js';
import { moduleArgumentIssues } from './module-arguments.js';
import type { ModuleCallDecl, ModuleConfig, ResourceDecl } from './module-config.js';
import { EMPTY_SCOPE, evalRaw, literalRaw } from './raw-values.js';
import type { TfResource, TfValue } from './tf-resource.js';
import { convertTo, parseTypeConstraint } from './type-constraint.js';
import { deepUnknown, failure } from './values.js';

// Resolves a loaded configuration: one `ModuleInstance` per module instance (the root, each `module` call
// and each of its count/for_each instances), whose variables, locals and outputs are evaluated lazily, once,
// in dependency order. Cycles and over-long chains of references give Unknown, never a hang.

/** A module folder with its declarations and the local modules it calls. */
export interface LoadedModule {
  readonly config: ModuleConfig;
  /** `path.module`: the folder relative to the root module (`.` for the root). */
  readonly pathModule: string;
  /** Child modules by call name. */
  readonly children: ReadonlyMap<string, LoadedModule>;
  /** Calls whose module was not loaded (remote source, cycle, too deep), with the reason. */
  readonly skipped: ReadonlyMap<string, string>;
}

/** References followed within one another (local → variable → module output → ...). */
export const MAX_REFERENCE_DEPTH = 64;

/** Resource instances one configuration may expand to. */
export const MAX_RESOURCE_INSTANCES = 100_000;

/** Arguments of a `module` block that are not the child's variables. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

interface Shared {
  /** Reads a file of the configuration for `file()` and `templatefile()`, when the caller offers one. */
  readonly files?: LazyObject;
  readonly issues: InputIssue[];
  readonly reported: Set<string>;
  active: number;
  instances: number;
}

interface CallInstances {
  readonly expansion: Expansion;
  readonly modules: ReadonlyMap<string, ModuleInstance>;
}

class ModuleInstance {
  readonly #module: LoadedModule;
  readonly #path: string;
  readonly #inputs: ReadonlyMap<string, () => TfValue>;
  readonly #shared: Shared;
  readonly #cache = new Map<string, TfValue>();
  readonly #calls = new Map<string, CallInstances>();
  readonly #expansions = new Map<ResourceDecl, { expansion: Expansion; issues: InputIssue[] }>();
  readonly #active: string[] = [];
  readonly scope: Scope;

  constructor(
    module: LoadedModule,
    path: string,
    inputs: ReadonlyMap<string, () => TfValue>,
    shared: Shared,
  ) {
    this.#module = module;
    this.#path = path;
    this.#inputs = inputs;
    this.#shared = shared;
    this.scope = { root: (name) => this.#root(name) };
  }

  get #prefix(): string {
    return this.#path ? `${this.#path}.` : '';
  }

  /** Evaluates a named value once, guarding against cycles and over-long chains. */
  #once(key: string, location: SourceLocation, compute: () => TfValue): TfValue {
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const at = this.#active.indexOf(key);
    if (at >= 0) {
      const chain = [...this.#active.slice(at), key].join(' → ');
      const id = `${this.#path}:${key}`;
      if (!this.#shared.reported.has(id)) {
        this.#shared.reported.add(id);
        this.#shared.issues.push({ level: 'error', location, message: `cycle of references: ${chain}` });
      }
      return unknown(`${key} depends on itself (${chain})`);
    }
    if (this.#shared.active >= MAX_REFERENCE_DEPTH)
      return unknown(`more than ${MAX_REFERENCE_DEPTH} references followed within one another`);
    this.#active.push(key);
    this.#shared.active++;
    let value: TfValue;
    try {
      value = compute();
    } finally {
      this.#active.pop();
      this.#shared.active--;
    }
    this.#cache.set(key, value);
    return value;
  }

  variable(name: string): TfValue | undefined {
    const decl = this.#module.config.variables.get(name);
    if (!decl) return undefined;
    return this.#once(`var.${name}`, decl.location, () => {
      const input = this.#inputs.get(name);
      let value: TfValue;
      if (input) value = input();
      else if (decl.hasDefault)
        value = decl.literal ? literalRaw(decl.default) : evalRaw(decl.default, EMPTY_SCOPE);
      else value = unknown(`variable "${name}" has no default and no value is given`);
      return convertTo(value, parseTypeConstraint(decl.type));
    });
  }

  local(name: string): TfValue | undefined {
    const decl = this.#module.config.locals.get(name);
    if (!decl) return undefined;
    return this.#once(`local.${name}`, decl.location, () => evalRaw(decl.value, this.scope));
  }

  /**
   * The expansion of one of this module's resource blocks, computed once: when an expression first needs its
   * instances (`aws_subnet.private[*].id`, `try(aws_x.this[0].id, "")`) or when the resources are collected.
   * Its problems are kept to be reported once, by `collect`. Undefined while it is being computed (a block
   * whose count refers to itself).
   */
  #expansionOf(decl: ResourceDecl): Expansion | undefined {
    const known = this.#expansions.get(decl);
    if (known) return known.expansion;
    const what = `${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
    let computed: { expansion: Expansion; issues: InputIssue[] } | undefined;
    this.#once(`expansion:${what}`, decl.location, () => {
      const issues: InputIssue[] = [];
      computed = { expansion: expandInstances(decl.body, this.scope, what, decl.location, issues), issues };
      return null;
    });
    if (computed) this.#expansions.set(decl, computed);
    return computed?.expansion;
  }

  /** The instances of a declared block (`data.aws_ami.base`, `aws_subnet.private`), for ResourceRef. */
  #blockInstances(what: string): BlockAccess {
    return {
      instances: () => {
        const decl = declsOf(this.#module.config).get(what);
        const expansion = decl && this.#expansionOf(decl);
        return expansion && !expansion.unknown ? knownInstances(expansion) : undefined;
      },
      argument: (suffix, name) => {
        const decl = declsOf(this.#module.config).get(what);
        const raw = decl?.mode === 'managed' ? echoedRaw(decl, name) : undefined;
        if (!decl || raw === undefined) return undefined;
        const expansion = this.#expansionOf(decl);
        const instance = expansion?.unknown
          ? undefined
          : expansion?.instances.find((i) => i.suffix === suffix);
        if (!instance) return undefined;
        const value = this.#once(`argument:${what}${suffix}.${name}`, decl.location, () =>
          evalRaw(raw, bindNames(this.scope, instance.names)),
        );
        return deepUnknown(value) === undefined ? value : undefined;
      },
    };
  }

  output(name: string): TfValue | undefined {
    const decl = this.#module.config.outputs.get(name);
    if (!decl) return undefined;
    return this.#once(`output.${name}`, decl.location, () => evalRaw(decl.value, this.scope));
  }

  /** The outputs of this instance, as `module.<name>` reads them. */
  outputsObject(label: string): LazyObject {
    return new LazyObject(
      label,
      (name) => this.output(name),
      () =>
        Object.fromEntries([...this.#module.config.outputs.keys()].map((n) => [n, this.output(n) ?? null])),
    );
  }

  #root(name: string): Value | undefined {
    const config = this.#module.config;
    const none = () => failure(`"${name}" cannot be used as a value on its own`);
    switch (name) {
      case FILES_ROOT:
        return this.#shared.files;
      case 'var':
        return new LazyObject('var', (k) => this.variable(k), none);
      case 'local':
        return new LazyObject('local', (k) => this.local(k), none);
      case 'module':
        return new LazyObject('module', (k) => this.#moduleValue(k), none);
      case 'path':
        return new LazyObject(
          'path',
          (k) =>
            k === 'module'
              ? this.#module.pathModule
              : k === 'root'
                ? '.'
                : k === 'cwd'
                  ? unknown('path.cwd')
                  : undefined,
          none,
        );
      case 'terraform':
        return new LazyObject(
          'terraform',
          (k) => (k === 'workspace' ? unknown('terraform.workspace') : undefined),
          none,
        );
      case 'data':
        return new LazyObject(
          'data',
          (type) =>
            new LazyObject(
              `data.${type}`,
              (n) =>
                config.addresses.has(`data.${type}.${n}`)
                  ? new ResourceRef(
                      `${this.#prefix}data.${type}.${n}`,
                      false,
                      this.#blockInstances(`data.${type}.${n}`),
                    )
                  : undefined,
              none,
            ),
          none,
        );
      default:
        if (!config.resourceTypes.has(name)) return undefined;
        return new LazyObject(
          name,
          (n) =>
            config.addresses.has(`${name}.${n}`)
              ? new ResourceRef(`${this.#prefix}${name}.${n}`, false, this.#blockInstances(`${name}.${n}`))
              : undefined,
          none,
        );
    }
  }

  #moduleValue(name: string): Value | undefined {
    const call = this.#module.config.calls.find((c) => c.name === name);
    if (!call) return undefined;
    const skipped = this.#module.skipped.get(name);
    if (skipped !== undefined) return unknown(`module "${name}" is not loaded: ${skipped}`);
    const { expansion, modules } = this.#instancesOf(call);
    if (expansion.unknown) return unknown(`module "${name}": ${expansion.unknown.reason}`);
    const label = `module.${name}`;
    if (expansion.kind === 'single') return modules.get('')?.outputsObject(label);
    const byKey = new Map(
      [...modules].map(([suffix, m]) => [JSON.parse(suffix.slice(1, -1)) as string | number, m]),
    );
    return new LazyObject(
      label,
      (key) => byKey.get(expansion.kind === 'count' ? Number(key) : key)?.outputsObject(`${label}[${key}]`),
      () => {
        const all = [...byKey].map(([key, m]) => [String(key), m.outputsObject(label).all()] as const);
        return expansion.kind === 'count' ? all.map(([, v]) => v) : Object.fromEntries(all);
      },
    );
  }

  #instancesOf(call: ModuleCallDecl): CallInstances {
    const known = this.#calls.get(call.name);
    if (known) return known;
    const child = this.#module.children.get(call.name);
    // Once per call, whatever the instances of the module that holds it.
    const id = `arguments:${call.location.file}:${call.location.line}`;
    if (child && !this.#shared.reported.has(id)) {
      this.#shared.reported.add(id);
      this.#shared.issues.push(...moduleArgumentIssues(call, child.config, CALL_META));
    }
    let expansion: Expansion | undefined;
    this.#once(`module.${call.name}`, call.location, () => {
      expansion = expandInstances(
        call.body,
        this.scope,
        `module "${call.name}"`,
        call.location,
        this.#shared.issues,
      );
      return null;
    });
    const result: CallInstances = {
      expansion: expansion ?? {
        kind: 'single',
        instances: [],
        unknown: unknown(`the instances of module "${call.name}" depend on the module itself`),
      },
      modules: new Map(
        child
          ? (expansion?.instances ?? []).map((instance) => {
              const scope = bindNames(this.scope, instance.names);
              const inputs = new Map(
                Object.entries(call.body)
                  .filter(([k]) => !CALL_META.has(k))
                  .map(([k, raw]) => [k, () => evalRaw(raw, scope)] as const),
              );
              const path = `${this.#prefix}module.${call.name}${instance.suffix}`;
              return [instance.suffix, new ModuleInstance(child, path, inputs, this.#shared)] as const;
            })
          : [],
      ),
    };
    this.#calls.set(call.name, result);
    return result;
  }

  /** Every resource instance of this module instance and of the modules it calls. */
  collect(out: TfResource[]): void {
    for (const decl of this.#module.config.resources) {
      const what = `${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
      const expansion = this.#expansionOf(decl);
      const problems = this.#expansions.get(decl)?.issues ?? [];
      this.#shared.issues.push(...problems);
      // Checked as one `[*]` instance that may not exist, or stand for several: say so, once per block.
      if (expansion?.unknown && decl.mode === 'managed' && problems.length === 0)
        this.#shared.issues.push({
          level: 'warning',
          location: decl.location,
          message: `${this.#prefix}${what}: ${expansion.unknown.reason}; it is checked as one instance [*], which Terraform may create any number of times, none included`,
        });
      for (const instance of expansion?.instances ?? []) {
        if (++this.#shared.instances > MAX_RESOURCE_INSTANCES) {
          this.#limitReached(decl.location);
          return;
        }
        const { values, attributeLines } = evaluateBody(
          decl.body,
          decl.lines,
          bindNames(this.scope, instance.names),
        );
        out.push({
          mode: decl.mode,
          type: decl.type,
          name: decl.name,
          address: `${this.#prefix}${what}${instance.suffix}`,
          modulePath: this.#path,
          location: decl.location,
          values,
          attributeLines,
        });
      }
    }
    for (const call of this.#module.config.calls)
      for (const child of this.#instancesOf(call).modules.values()) child.collect(out);
  }

  #limitReached(location: SourceLocation) {
    if (this.#shared.reported.has('limit')) return;
    this.#shared.reported.add('limit');
    this.#shared.issues.push({
      level: 'warning',
      location,
      message: `more than ${MAX_RESOURCE_INSTANCES} resource instances: the rest are not scanned`,
    });
  }
}

/**
 * Resolves a loaded configuration into resource instances. `inputs` are the root module's variable values
 * (from tfvars files). Never throws: what cannot be resolved is Unknown, problems are located issues.
 */
export const resolveConfiguration = (
  root: LoadedModule,
  inputs: ReadonlyMap<string, TfValue>,
  readFile?: ReadConfigFile,
  listFiles?: ListConfigFiles,
): { resources: TfResource[]; issues: InputIssue[] } => {
  const shared: Shared = {
    issues: [],
    reported: new Set(),
    active: 0,
    instances: 0,
    ...(readFile
      ? { files: fileReader(readFile, listFiles ?? (() => unknown('fileset() is not evaluated here'))) }
      : {}),
  };
  const thunks = new Map([...inputs].map(([k, v]) => [k, () => v] as const));
  const resources: TfResource[] = [];
  new ModuleInstance(root, '', thunks, shared).collect(resources);
  return { resources, issues: shared.issues };
};
