// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { MAX_CONFIG_FILE_BYTES } from './config-files.js';
import { loadFolder, loadInMemory, resourcesByAddress, writeTempTree } from './test-support.js';

const POLICY = '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

describe('file(), templatefile() and fileexists()', () => {
  it('read the files of the configuration, from the root and from a module folder', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
module "iam" {
  source = "./modules/iam"
  bucket = "acme-logs"
}
resource "null_resource" "root" {
  policy  = file("policies/admin.json")
  exists  = fileexists("policies/none.json")
  missing = try(file("policies/none.json"), "fallback")
}`,
      'policies/admin.json': POLICY,
      'modules/iam/main.tf': `
variable "bucket" {}
resource "aws_iam_policy" "logs" {
  policy = templatefile("\${path.module}/logs.json.tpl", { bucket = var.bucket, actions = ["s3:GetObject", "s3:PutObject"] })
}`,
      'modules/iam/logs.json.tpl':
        '{"Statement":[{"Effect":"Allow","Action":${jsonencode(actions)},"Resource":"arn:aws:s3:::${bucket}/*"}]}',
    });
    expect(loaded.issues).toEqual([]);
    const resources = resourcesByAddress(loaded);
    expect(resources['null_resource.root']?.values).toEqual({
      policy: POLICY,
      exists: false,
      missing: 'fallback',
    });
    expect(resources['module.iam.aws_iam_policy.logs']?.values.policy).toBe(
      '{"Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::acme-logs/*"}]}',
    );
  });

  it('list the files of a folder with fileset(), relative to it and sorted', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
resource "null_resource" "r" {
  yaml    = fileset("\${path.module}/rules", "*.yaml")
  deep    = fileset(path.module, "rules/**/*.yaml")
  texts   = { for f in fileset("rules", "*.txt") : f => file("rules/\${f}") }
  classes = fileset("rules", "[ab].yaml")
}`,
      'rules/b.yaml': 'b: 1',
      'rules/a.yaml': 'a: 1',
      'rules/notes.txt': 'hello',
      'rules/nested/c.yaml': 'c: 1',
    });
    expect(loaded.issues).toEqual([]);
    const values = resourcesByAddress(loaded)['null_resource.r']?.values ?? {};
    expect(values.yaml).toEqual(['a.yaml', 'b.yaml']);
    expect(values.deep).toEqual(['rules/a.yaml', 'rules/b.yaml', 'rules/nested/c.yaml']);
    expect(values.texts).toEqual({ 'notes.txt': 'hello' });
    expect(values.classes).toBeInstanceOf(Unknown);
  });

  it('do not read outside the scanned configuration, through a symbolic link, or past the size limit', async () => {
    const outside = writeTempTree({ 'secret.txt': 'not for the scanner' });
    const root = writeTempTree({
      'main.tf': `
resource "null_resource" "r" {
  absolute = file("${join(outside, 'secret.txt')}")
  relative = file("../${outside.split('/').pop()}/secret.txt")
  linked   = file("link.txt")
  large    = file("large.txt")
  inside   = file("ok.txt")
}`,
      'ok.txt': 'fine',
      'large.txt': 'x'.repeat(MAX_CONFIG_FILE_BYTES + 1),
    });
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'x.txt'), 'x');
    const loaded = await loadFolder(root);
    const values = resourcesByAddress(loaded)['null_resource.r']?.values ?? {};
    expect(values.inside).toBe('fine');
    for (const key of ['absolute', 'relative', 'linked', 'large'])
      expect(values[key], key).toBeInstanceOf(Unknown);
    expect((values.absolute as Unknown).reason).toMatch(
      /is outside the scanned configuration: it is not read$/,
    );
    expect((values.linked as Unknown).reason).toMatch(/is outside the scanned configuration|symbolic link/);
    expect((values.large as Unknown).reason).toMatch(/over the 1048576 limit/);
  });
});
