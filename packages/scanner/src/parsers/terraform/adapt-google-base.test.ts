import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { metadataFlag, metadataValue, sameProject } from './adapt-google-base.js';
import { reasonOf, tfResourceBuilder } from './test-support.js';
import { type TfObject, TfReference } from './tf-resource.js';

const res = tfResourceBuilder({ line: 3 });

describe('metadataFlag', () => {
  it('reads boolean metadata values as the guest environment does', () => {
    for (const text of ['TRUE', 'true', 'True', '1', 't', ' T ']) expect(metadataFlag(text)).toBe(true);
    for (const text of ['FALSE', 'false', '0', 'f']) expect(metadataFlag(text)).toBe(false);
    expect(metadataFlag(true)).toBe(true);
    expect(metadataFlag(undefined)).toBeUndefined();
    expect(metadataFlag(null)).toBeUndefined();
  });

  it('keeps unresolved values and turns other text into an Unknown that quotes it', () => {
    const unresolved = new Unknown('var.x has no value');
    expect(metadataFlag(unresolved)).toBe(unresolved);
    expect(reasonOf(metadataFlag('yes please'))).toBe(
      'metadata value "yes please" is neither true nor false',
    );
    expect(reasonOf(metadataFlag(['TRUE']))).toBe('expected a single value, found a list');
  });
});

describe('metadataValue', () => {
  it('reads a key of the metadata map, undefined when the map or the key is absent', () => {
    expect(metadataValue({ metadata: { 'enable-oslogin': 'TRUE' } }, 'enable-oslogin')).toBe('TRUE');
    expect(metadataValue({ metadata: { other: 'x' } }, 'enable-oslogin')).toBeUndefined();
    expect(metadataValue({}, 'enable-oslogin')).toBeUndefined();
  });

  it('gives an Unknown for an unresolved map and for a value that is not a map', () => {
    const unresolved = new Unknown('var.metadata has no value');
    expect(metadataValue({ metadata: unresolved }, 'enable-oslogin')).toBe(unresolved);
    expect(reasonOf(metadataValue({ metadata: ['a'] }, 'enable-oslogin'))).toBe(
      'metadata: expected a map of strings',
    );
    expect(reasonOf(metadataValue({ metadata: 'TRUE' }, 'enable-oslogin'))).toBe(
      'metadata: expected a map of strings',
    );
  });
});

describe('sameProject', () => {
  const a = (project?: TfObject['x']) =>
    res('google_compute_instance.a', project === undefined ? {} : { project });
  const b = (project?: TfObject['x']) =>
    res('google_compute_project_metadata.b', project === undefined ? {} : { project });

  it('is true when both use the provider project or name the same one', () => {
    expect(sameProject(a(), b())).toBe(true);
    expect(sameProject(a('acme-prod'), b('acme-prod'))).toBe(true);
    const ref = new TfReference('google_project.main', 'project_id');
    expect(sameProject(a(ref), b(new TfReference('google_project.main', 'project_id')))).toBe(true);
  });

  it('is false for two different project ids', () => {
    expect(sameProject(a('acme-prod'), b('acme-dev'))).toBe(false);
  });

  it('cannot tell when one side leaves the project to the provider or cannot be resolved', () => {
    expect(reasonOf(sameProject(a(), b('acme-prod')))).toBe(
      `google_compute_instance.a uses the provider's default project, which may or may not be "acme-prod"`,
    );
    expect(reasonOf(sameProject(a('acme-prod'), b(new Unknown('var.project has no value'))))).toBe(
      'var.project has no value',
    );
    expect(
      reasonOf(
        sameProject(
          a(new TfReference('google_project.x', 'id')),
          b(new TfReference('google_project.y', 'id')),
        ),
      ),
    ).toBe(
      'google_compute_instance.a and google_compute_project_metadata.b name projects through different references',
    );
  });
});
