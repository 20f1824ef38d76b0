import type { KnownInstances } from './eval-values.js';
import type { Expansion } from './expansion.js';
import type { RawValue } from './hcl.js';
import type { ModuleConfig, ResourceDecl } from './module-config.js';
import type { TfObject, TfValue } from './tf-resource.js';
import { isObject } from './values.js';

// What the resolver tells expressions about the instances of a module's resource blocks: the block an address
// names, and its expansion as evaluate.ts reads it (`aws_subnet.private[*].id`, `try(aws_x.this[0].id, "")`).

/** The resource blocks of a module by address (`aws_vpc.main`, `data.aws_ami.base`), built once per module. */
const declIndex = new WeakMap<ModuleConfig, ReadonlyMap<string, ResourceDecl>>();
export const declsOf = (config: ModuleConfig): ReadonlyMap<string, ResourceDecl> => {
  let index = declIndex.get(config);
  if (!index) {
    index = new Map(
      config.resources.map((r) => [`${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`, r] as const),
    );
    declIndex.set(config, index);
  }
  return index;
};

/** An expansion whose instances are known, as evaluate.ts reads a block's instances. */
export const knownInstances = (expansion: Expansion): KnownInstances => ({
  kind: expansion.kind,
  keys: expansion.instances.map((i, index) => {
    const each = i.names.each;
    const key = isObject(each as TfValue) ? (each as TfObject).key : undefined;
    return { suffix: i.suffix, key: expansion.kind === 'for_each' && typeof key === 'string' ? key : index };
  }),
});

/** Arguments that are not attributes of the resource (meta-arguments). */
const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
]);

/**
 * The raw value of an argument of a resource block whose attribute of the same name repeats it: a scalar or an
 * expression (`port = local.port`), or a list of them. Blocks and maps are not followed (nested blocks, `dynamic`).
 */
export const echoedRaw = (decl: ResourceDecl, name: string): RawValue | undefined => {
  if (META_ARGUMENTS.has(name) || !Object.hasOwn(decl.body, name)) return undefined;
  const raw = decl.body[name];
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'object') return raw;
  return Array.isArray(raw) && raw.every((item) => typeof item !== 'object' || item === null)
    ? raw
    : undefined;
};
