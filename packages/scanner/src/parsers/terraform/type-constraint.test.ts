import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { loadInMemory } from './test-support.js';
import { convertTo, parseTypeConstraint } from './type-constraint.js';

const RULES_TYPE = `list(object({
  name          = string # comments are allowed in type expressions
  source_ranges = optional(list(string))
  ranges        = optional(list(string), ["0.0.0.0/0"])
  priority      = optional(number, 1000)
  allow = optional(list(object({
    protocol = string
    ports    = optional(list(string), [])
  })), [])
}))`;

describe('type constraints', () => {
  it('reads primitive, collection, tuple and object types; anything else is not a type', () => {
    expect(parseTypeConstraint('string')).toEqual({ kind: 'string' });
    expect(parseTypeConstraint('map(any)')).toEqual({ kind: 'map', element: { kind: 'any' } });
    expect(parseTypeConstraint('tuple([string, number])')).toEqual({
      kind: 'tuple',
      elements: [{ kind: 'string' }, { kind: 'number' }],
    });
    expect(parseTypeConstraint('set(list(bool))')).toEqual({
      kind: 'set',
      element: { kind: 'list', element: { kind: 'bool' } },
    });
    for (const text of [
      undefined,
      'strin',
      'list(string, number)',
      'object(string)',
      'var.x',
      'optional(string)',
    ])
      expect(parseTypeConstraint(text)).toBeUndefined();
  });

  it('fills omitted and null optional attributes with their default or null, and drops undeclared ones', () => {
    const type = parseTypeConstraint(RULES_TYPE);
    const value = [
      { name: 'ssh', allow: [{ protocol: 'tcp', ports: ['22'] }], extra: true },
      { name: 'web', ranges: ['10.0.0.0/8'], priority: '900', allow: [{ protocol: 'tcp' }] },
      { name: 'none', ranges: null, allow: null },
    ];
    expect(convertTo(value, type)).toEqual([
      {
        name: 'ssh',
        source_ranges: null,
        ranges: ['0.0.0.0/0'],
        priority: 1000,
        allow: [{ protocol: 'tcp', ports: ['22'] }],
      },
      {
        name: 'web',
        source_ranges: null,
        ranges: ['10.0.0.0/8'],
        priority: 900,
        allow: [{ protocol: 'tcp', ports: [] }],
      },
      { name: 'none', source_ranges: null, ranges: ['0.0.0.0/0'], priority: 1000, allow: [] },
    ]);
  });

  it('makes a missing required attribute unknown, and passes unknown values and other shapes on', () => {
    const type = parseTypeConstraint('object({ name = string, size = number })');
    const converted = convertTo({ size: 3 }, type) as Record<string, unknown>;
    expect(converted.size).toBe(3);
    expect(converted.name).toBeInstanceOf(Unknown);
    expect((converted.name as Unknown).reason).toBe(
      'cannot evaluate: attribute "name" is required by the variable\'s type but not given',
    );
    const later = new Unknown('var.x has no value');
    expect(convertTo(later, type)).toBe(later);
    expect(convertTo('text', type)).toBe('text');
    expect(convertTo(null, type)).toBeNull();
    expect(convertTo({ a: '1', b: 2 }, parseTypeConstraint('map(number)'))).toEqual({ a: 1, b: 2 });
  });
});

describe('variables of a module, converted to their type', () => {
  it('gives a module the optional attributes its caller left out, as Terraform does', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
module "firewall" {
  source = "./modules/firewall"
  rules  = [{ name = "ssh", allow = [{ protocol = "tcp", ports = ["22"] }] }]
}
`,
      'modules/firewall/main.tf': `
variable "rules" {
  type = ${RULES_TYPE}
}
variable "defaults" {
  type    = object({ ranges = optional(list(string), ["10.0.0.0/8"]) })
  default = {}
}
resource "google_compute_firewall" "rules" {
  for_each      = { for r in var.rules : r.name => r }
  name          = each.value.name
  source_ranges = coalesce(each.value.source_ranges, each.value.ranges)
  priority      = each.value.priority
  internal      = var.defaults.ranges
}
`,
    });
    expect(loaded.issues).toEqual([]);
    expect(loaded.resources.map((r) => [r.address, r.values])).toEqual([
      [
        'module.firewall.google_compute_firewall.rules["ssh"]',
        { name: 'ssh', source_ranges: ['0.0.0.0/0'], priority: 1000, internal: ['10.0.0.0/8'] },
      ],
    ]);
  });
});
