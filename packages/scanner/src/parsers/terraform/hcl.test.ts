// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  hclErrors,
  MAX_HCL_NESTING,
  parseHcl,
  parseTfFile,
  parseTfJson,
  SLOW_PARSE_MS,
  slowWarning,
} from './hcl.js';
import { HclPool } from './hcl-pool.js';

describe('parseHcl', () => {
  it('gives the body as hcl2json reads it, with the blocks and their lines', async () => {
    const file = await parseHcl(
      'main.tf',
      'resource "aws_instance" "web" {\n  ami = "ami-${var.env}"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
    );
    expect(file.issues).toEqual([]);
    expect(file.json).toBe(false);
    expect(file.body).toEqual({
      resource: {
        aws_instance: { web: [{ ami: 'ami-${var.env}', metadata_options: [{ http_tokens: 'required' }] }] },
      },
    });
    expect(file.blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['resource', ['aws_instance', 'web'], 1],
    ]);
  });

  it('reports a syntax error at its line, and the file is empty', async () => {
    const file = await parseHcl('bad.tf', 'locals {\n  a = 1\n}\nresource "a" "b" {\n  x = \n}\n');
    expect(file.body).toEqual({});
    expect(file.issues).toEqual([
      {
        level: 'error',
        location: { file: 'bad.tf', line: 5 },
        message:
          'cannot parse: Invalid expression: Expected the start of an expression, but found an invalid expression token',
      },
    ]);
  });

  it('reports an unclosed block where it starts', async () => {
    const file = await parseHcl('open.tf', '\n\nresource "a" "b" {\n  x = 1\n');
    expect(file.issues).toEqual([
      expect.objectContaining({ level: 'error', location: { file: 'open.tf', line: 3 } }),
    ]);
    expect(file.issues[0]?.message).toMatch(/^cannot parse: Unclosed configuration block/);
  });

  it('refuses input nested too deeply for the parser, at the deepest line, without calling it', async () => {
    const text = `locals {\n  a = 1\n  b = ${'('.repeat(MAX_HCL_NESTING + 50)}1${')'.repeat(MAX_HCL_NESTING + 50)}\n}\n`;
    const file = await parseHcl('deep.tf', text);
    expect(file.body).toEqual({});
    expect(file.issues).toEqual([
      {
        level: 'error',
        location: { file: 'deep.tf', line: 3 },
        message: `cannot parse: blocks and expressions nested more than ${MAX_HCL_NESTING} deep`,
      },
    ]);
  });
});

describe('parseHcl time and memory limits', () => {
  const pools: HclPool[] = [];
  const pool = (options: ConstructorParameters<typeof HclPool>[0] = {}) => {
    const made = new HclPool(options);
    pools.push(made);
    return made;
  };
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  const manyResources = (count: number) =>
    Array.from(
      { length: count },
      (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`,
    ).join('');

  it('reports a file past its time limit at its first line, and parses the next file', async () => {
    const hcl = pool();
    const slow = await parseHcl('huge.tf', manyResources(3000), { timeoutMs: 1, pool: hcl });
    expect(slow.body).toEqual({});
    expect(slow.issues).toEqual([
      {
        level: 'error',
        location: { file: 'huge.tf', line: 1 },
        message: 'parsing took longer than 1 ms: not scanned (the limit is NIMBUS_SCAN_FILE_TIMEOUT_MS)',
      },
    ]);
    const next = await parseHcl('next.tf', 'locals {\n  a = 1\n}\n', { pool: hcl });
    expect(next.issues).toEqual([]);
    expect(next.body).toEqual({ locals: [{ a: 1 }] });
  });

  it('takes the limit from NIMBUS_SCAN_FILE_TIMEOUT_MS, the option winning over it', async () => {
    const hcl = pool();
    vi.stubEnv('NIMBUS_SCAN_FILE_TIMEOUT_MS', '2');
    const fromEnv = await parseHcl('huge.tf', manyResources(3000), { pool: hcl });
    expect(fromEnv.issues[0]?.message).toBe(
      'parsing took longer than 2 ms: not scanned (the limit is NIMBUS_SCAN_FILE_TIMEOUT_MS)',
    );
    const fromOption = await parseHcl('small.tf', 'a = 1\n', { pool: hcl, timeoutMs: 10_000 });
    expect(fromOption.issues).toEqual([]);
  });

  it('refuses a limit that is not a whole number of milliseconds, naming where it came from', async () => {
    vi.stubEnv('NIMBUS_SCAN_FILE_TIMEOUT_MS', 'ten seconds');
    await expect(parseHcl('a.tf', 'a = 1\n')).rejects.toMatchObject({
      name: 'NimbusError',
      code: 'INVALID_ARGUMENT',
      message:
        'NIMBUS_SCAN_FILE_TIMEOUT_MS must be a whole number of milliseconds from 1 to 3600000, not "ten seconds"',
    });
    vi.unstubAllEnvs();
    await expect(parseHcl('a.tf', 'a = 1\n', { timeoutMs: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/^fileTimeoutMs must be/),
    });
  });

  it('reports a parser that runs out of memory as an error at the file, and carries on', async () => {
    const hcl = pool({ resourceLimits: { maxOldGenerationSizeMb: 6 } });
    const big = await parseHcl('big.tf', manyResources(10_000), { pool: hcl });
    expect(big.body).toEqual({});
    expect(big.issues).toEqual([
      {
        level: 'error',
        location: { file: 'big.tf', line: 1 },
        message: 'cannot parse: the HCL parser ran out of memory (over 6 MB): not scanned',
      },
    ]);
    expect((await parseHcl('small.tf', 'a = 1\n', { pool: hcl })).body).toEqual({ a: 1 });
  });

  it('reports a parser that dies as an error at the file', async () => {
    const dying = pool({
      source:
        "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\nrequire('node:worker_threads').parentPort.postMessage({ type: 'ready' });",
    });
    const file = await parseHcl('main.tf', 'a = 1\n', { pool: dying });
    expect(file.issues).toEqual([
      {
        level: 'error',
        location: { file: 'main.tf', line: 1 },
        message: 'cannot parse: the HCL parser stopped with exit code 3: not scanned',
      },
    ]);
  });
});

describe('slowWarning', () => {
  it('warns only past the time limit, giving the time taken', () => {
    expect(slowWarning('big.tf', SLOW_PARSE_MS - 1)).toEqual([]);
    expect(slowWarning('big.tf', 7_250)).toEqual([
      {
        level: 'warning',
        location: { file: 'big.tf', line: 1 },
        message: 'parsing took 7.3 s: consider splitting this file',
      },
    ]);
  });
});

describe('hclErrors', () => {
  it('splits several diagnostics and keeps their lines', () => {
    const message =
      'parse config: [input.tf:2,10-3,1: Invalid multi-line string; Quoted strings may not be split. input.tf:7,2-4: Missing newline; An argument definition must end with a newline.]';
    expect(hclErrors('x.tf', message)).toEqual([
      {
        level: 'error',
        location: { file: 'x.tf', line: 2 },
        message: 'cannot parse: Invalid multi-line string: Quoted strings may not be split',
      },
      {
        level: 'error',
        location: { file: 'x.tf', line: 7 },
        message: 'cannot parse: Missing newline: An argument definition must end with a newline',
      },
    ]);
  });

  it('lists ten diagnostics at most, the tenth counting the rest', () => {
    const diagnostics = Array.from(
      { length: 13 },
      (_, i) => `input.tf:${i + 1},1-2: Bad thing; Detail ${i}.`,
    );
    const issues = hclErrors('x.tf', `parse config: [${diagnostics.join(' ')}]`);
    expect(issues).toHaveLength(10);
    expect(issues[8]?.message).toBe('cannot parse: Bad thing: Detail 8');
    expect(issues[9]).toEqual({
      level: 'error',
      location: { file: 'x.tf', line: 10 },
      message: 'cannot parse: Bad thing: Detail 9 (and 3 more parse errors in this file, not listed)',
    });
  });

  it('falls back to line 1 for a message without a location', () => {
    expect(hclErrors('x.tf', 'Maximum call stack size exceeded')).toEqual([
      {
        level: 'error',
        location: { file: 'x.tf', line: 1 },
        message: 'cannot parse: Maximum call stack size exceeded',
      },
    ]);
  });
});

describe('parseTfJson', () => {
  it('reads JSON syntax with the lines of blocks and attributes', async () => {
    const text = [
      '{', // 1
      '  "variable": { "env": { "default": "dev" } },', // 2
      '  "resource": {', // 3
      '    "aws_instance": {', // 4
      '      "web": {', // 5
      '        "ami": "ami-${var.env}",', // 6
      '        "metadata_options": [', // 7
      '          { "http_tokens": "required" }', // 8
      '        ]', // 9
      '      }', // 10
      '    }', // 11
      '  }', // 12
      '}', // 13
    ].join('\n');
    const file = await parseTfFile('main.tf.json', text);
    expect(file.json).toBe(true);
    expect(file.issues).toEqual([]);
    expect(file.body).toEqual({
      variable: { env: { default: 'dev' } },
      resource: {
        aws_instance: { web: { ami: 'ami-${var.env}', metadata_options: [{ http_tokens: 'required' }] } },
      },
    });
    const web = file.blocks.find((b) => b.type === 'resource');
    expect(web?.labels).toEqual(['aws_instance', 'web']);
    expect(web?.line).toBe(5);
    expect(Object.fromEntries(web?.body.attributes ?? [])).toEqual({ ami: 6, metadata_options: 7 });
    expect(web?.body.blocks.map((b) => [b.type, b.line])).toEqual([['metadata_options', 8]]);
    expect(file.blocks.find((b) => b.type === 'variable')?.labels).toEqual(['env']);
  });

  it('reports broken JSON and JSON that is not an object', () => {
    const broken = parseTfJson('bad.tf.json', '{\n  "resource": {\n}\n');
    expect(broken.issues[0]).toMatchObject({ level: 'error', location: { file: 'bad.tf.json' } });
    expect(broken.body).toEqual({});
    expect(parseTfJson('list.tf.json', '[1, 2]').issues).toEqual([
      {
        level: 'error',
        location: { file: 'list.tf.json', line: 1 },
        message: 'cannot parse: not a JSON object',
      },
    ]);
  });
});
