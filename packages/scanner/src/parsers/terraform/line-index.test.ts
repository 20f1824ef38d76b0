// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { type BlockLines, blocksOf, indexLines } from './line-index.js';

const summary = (block: BlockLines): unknown => ({
  at: `${block.type}${block.labels.map((l) => ` "${l}"`).join('')}:${block.line}`,
  attributes: Object.fromEntries(block.body.attributes),
  ...(block.body.blocks.length > 0 ? { blocks: block.body.blocks.map(summary) } : {}),
});

describe('indexLines', () => {
  it('finds top-level blocks, nested blocks and attributes with their lines', () => {
    const text = [
      'variable "env" {', // 1
      '  default = "dev"', // 2
      '}', // 3
      '', // 4
      'resource "aws_instance" "web" {', // 5
      '  ami = "ami-1"', // 6
      '  metadata_options {', // 7
      '    http_tokens = "required"', // 8
      '  }', // 9
      '  ebs_block_device { device_name = "/dev/sdb" }', // 10
      '  ebs_block_device {', // 11
      '    encrypted = true', // 12
      '  }', // 13
      '}', // 14
      'locals { a = 1 }', // 15
    ].join('\n');
    expect(indexLines(text).blocks.map(summary)).toEqual([
      { at: 'variable "env":1', attributes: { default: 2 } },
      {
        at: 'resource "aws_instance" "web":5',
        attributes: { ami: 6 },
        blocks: [
          { at: 'metadata_options:7', attributes: { http_tokens: 8 } },
          { at: 'ebs_block_device:10', attributes: { device_name: 10 } },
          { at: 'ebs_block_device:11', attributes: { encrypted: 12 } },
        ],
      },
      { at: 'locals:15', attributes: { a: 15 } },
    ]);
  });

  it('ignores braces and keys inside strings, interpolations, comments and heredocs', () => {
    const text = [
      'resource "aws_s3_bucket" "b" {', // 1
      '  bucket = "x-${lookup({ a = "}" }, "a")}-{"', // 2
      '  # comment { with = brace', // 3
      '  // another } one', // 4
      '  /* block', // 5
      '     comment { */ acl = "private"', // 6
      '  policy = <<-EOF', // 7
      '    { "fake": { "x = 1" } }', // 8
      '    not_an_attribute = {', // 9
      '  EOF', // 10
      '  tags = {', // 11
      '    Name = "}"', // 12
      '  }', // 13
      '  versioning {', // 14
      '    enabled = true', // 15
      '  }', // 16
      '}', // 17
      'output "o" { value = "done" }', // 18
    ].join('\n');
    expect(indexLines(text).blocks.map(summary)).toEqual([
      {
        at: 'resource "aws_s3_bucket" "b":1',
        attributes: { bucket: 2, acl: 6, policy: 7, tags: 11 },
        blocks: [{ at: 'versioning:14', attributes: { enabled: 15 } }],
      },
      { at: 'output "o":18', attributes: { value: 18 } },
    ]);
  });

  it('indexes nested dynamic blocks and their content', () => {
    const text = [
      'resource "aws_security_group" "sg" {', // 1
      '  dynamic "ingress" {', // 2
      '    for_each = var.rules', // 3
      '    iterator = rule', // 4
      '    content {', // 5
      '      from_port = rule.value.port', // 6
      '      dynamic "nested" {', // 7
      '        for_each = rule.value.items', // 8
      '        content { x = nested.value }', // 9
      '      }', // 10
      '    }', // 11
      '  }', // 12
      '}', // 13
    ].join('\n');
    const [resource] = indexLines(text).blocks;
    const [dynamic] = blocksOf(resource?.body, 'dynamic', 'ingress');
    expect(dynamic && summary(dynamic)).toEqual({
      at: 'dynamic "ingress":2',
      attributes: { for_each: 3, iterator: 4 },
      blocks: [
        {
          at: 'content:5',
          attributes: { from_port: 6 },
          blocks: [
            {
              at: 'dynamic "nested":7',
              attributes: { for_each: 8 },
              blocks: [{ at: 'content:9', attributes: { x: 9 } }],
            },
          ],
        },
      ],
    });
  });

  it('keeps counting lines through multi-line expressions', () => {
    const text = [
      'resource "a" "b" {', // 1
      '  list = [', // 2
      '    "x",', // 3
      '    { y = 1 },', // 4
      '  ]', // 5
      '  cond = (', // 6
      '    var.a', // 7
      '  )', // 8
      '  after = 1', // 9
      '}', // 10
    ].join('\n');
    expect(indexLines(text).blocks.map(summary)).toEqual([
      { at: 'resource "a" "b":1', attributes: { list: 2, cond: 6, after: 9 } },
    ]);
  });

  it('reads Windows line endings, heredocs included', () => {
    const text = 'resource "a" "b" {\r\n  doc = <<EOT\r\n  x = {\r\nEOT\r\n  after = 1\r\n}\r\n';
    expect(indexLines(text).blocks.map(summary)).toEqual([
      { at: 'resource "a" "b":1', attributes: { doc: 2, after: 5 } },
    ]);
  });

  it('measures nesting and survives broken or hostile text', () => {
    expect(indexLines(`locals {\n  a = ${'['.repeat(300)}\n}`).maxNesting).toBeGreaterThan(300);
    expect(indexLines('resource "a" "b" {\n  x = 1\n').blocks).toHaveLength(1);
    expect(indexLines('}}} = "x\n{{{').blocks).toEqual([]);
    expect(indexLines('a = <<EOF\nnever closed').blocks).toEqual([]);
    expect(indexLines(`${'x {'.repeat(10_000)}`).maxNesting).toBe(10_000);
  });
});
