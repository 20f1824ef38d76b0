import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../model/value.js';
import { reasonOf } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';
import {
  block,
  blocks,
  bool,
  get,
  isSet,
  list,
  modelLines,
  num,
  reference,
  str,
  strList,
} from './tf-values.js';

describe('tf-values', () => {
  const values: TfObject = {
    on: true,
    text_on: 'true',
    one: '1',
    zero: '0',
    off: 'false',
    shouty: 'TRUE',
    days: 7,
    days_text: '14',
    blank: '',
    port: 'eighty',
    gone: null,
    ref: new TfReference('aws_vpc.main', 'id'),
    cidrs: ['10.0.0.0/8', null, 443, new Unknown('var.extra has no value')],
    metadata_options: [{ http_tokens: 'required' }],
    ingress: [{ from_port: 22 }, { from_port: 443 }],
    single: { enabled: true },
    weird: 'not a block',
    many: ['a', 'b'],
  };

  it('reads bools, converting the strings Terraform converts and nothing else', () => {
    expect(bool(values, 'on')).toBe(true);
    expect(bool(values, 'text_on')).toBe(true);
    expect(bool(values, 'one')).toBe(true);
    expect(bool(values, 'zero')).toBe(false);
    expect(bool(values, 'off')).toBe(false);
    expect(reasonOf(bool(values, 'shouty'))).toBe('expected true or false, found "TRUE"');
    expect(reasonOf(bool(values, 'days'))).toBe('expected true or false, found 7');
    expect(bool(values, 'missing')).toBeUndefined();
    expect(bool(values, 'gone')).toBeUndefined();
  });

  it('reads numbers from numbers and numeric strings', () => {
    expect(num(values, 'days')).toBe(7);
    expect(num(values, 'days_text')).toBe(14);
    expect(reasonOf(num(values, 'port'))).toBe('expected a number, found "eighty"');
    expect(isUnknown(num(values, 'blank'))).toBe(true);
    expect(isUnknown(num(values, 'on'))).toBe(true);
  });

  it('reads strings, converting primitives and refusing collections', () => {
    expect(str(values, 'days')).toBe('7');
    expect(str(values, 'on')).toBe('true');
    expect(reasonOf(str(values, 'many'))).toBe('expected a single value, found a list');
    expect(reasonOf(str(values, 'single'))).toBe('expected a single value, found an object');
  });

  it('keeps references and other unknowns as they are, with their reason', () => {
    const ref = str(values, 'ref');
    expect(ref).toBeInstanceOf(TfReference);
    expect(reasonOf(ref)).toBe('aws_vpc.main.id is known only after apply');
    expect(bool(values, 'ref')).toBe(values.ref);
    expect(isSet(values, 'ref')).toBe(true);
    expect(isSet(values, 'gone')).toBe(false);
  });

  it('reads names of things: as written, by the address of a referenced resource, or not set when empty', () => {
    expect(reference(values, 'ref')).toBe('aws_vpc.main');
    expect(reference(values, 'days_text')).toBe('14');
    expect(reference(values, 'blank')).toBeUndefined();
    expect(reference(values, 'gone')).toBeUndefined();
    expect(isUnknown(reference({ k: new Unknown('var.key has no value') }, 'k'))).toBe(true);
  });

  it('reads blocks as their first instance, every instance, or Unknown', () => {
    expect(block(values, 'metadata_options')).toEqual({ http_tokens: 'required' });
    expect(block(values, 'single')).toEqual({ enabled: true });
    expect(blocks(values, 'ingress')).toHaveLength(2);
    expect(blocks(values, 'missing')).toEqual([]);
    expect(block(values, 'missing')).toBeUndefined();
    expect(reasonOf(block(values, 'weird'))).toBe('weird: expected a block, found "not a block"');
    const unresolved = new Unknown('dynamic block over an unknown collection');
    expect(block({ b: unresolved }, 'b')).toBe(unresolved);
    // Reads chain through an unknown block: every attribute of it is unknown for the same reason.
    expect(str(block({ b: unresolved }, 'b'), 'http_tokens')).toBe(unresolved);
    expect(get(undefined, 'x')).toBeUndefined();
  });

  it('reads lists, dropping nulls and keeping unknown items', () => {
    const cidrs = strList(values, 'cidrs');
    expect(Array.isArray(cidrs) && cidrs.slice(0, 2)).toEqual(['10.0.0.0/8', '443']);
    expect(Array.isArray(cidrs) && isUnknown(cidrs[2])).toBe(true);
    expect(reasonOf(list(values, 'days'))).toBe('days: expected a list, found 7');
    expect(strList(values, 'missing')).toBeUndefined();
  });

  it('maps Terraform attribute lines to model paths, leaving out what has no line', () => {
    const resource: TfResource = {
      mode: 'managed',
      type: 'aws_instance',
      name: 'web',
      address: 'aws_instance.web',
      modulePath: '',
      location: { file: 'main.tf', line: 1 },
      values: {},
      attributeLines: { metadata_options: 4, 'metadata_options.0.http_tokens': 5 },
    };
    expect(
      modelLines(resource, {
        metadata_options: 'metadataOptions',
        'metadata_options.0.http_tokens': 'metadataOptions.httpTokens',
        'metadata_options.0.http_endpoint': 'metadataOptions.httpEndpoint',
      }),
    ).toEqual({ metadataOptions: 4, 'metadataOptions.httpTokens': 5 });
  });
});
