import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { evalExpression, MISSING_VAR } from './test-support.js';
import type { TfValue } from './tf-resource.js';
import { EvalFailure } from './values.js';

const ev = evalExpression;
const missing = MISSING_VAR;
/** An HCL string literal of a text, for inputs with quotes, backslashes and newlines. */
const lit = (text: string): string => JSON.stringify(text).replaceAll('${', '$${');

const reason = (value: TfValue): string =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

describe('Terraform string functions', () => {
  it.each([
    ['title("hello world-wide web_site")', 'Hello World-Wide Web_site'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trimprefix("helloworld", "hello")', 'world'],
    ['trimprefix("helloworld", "cat")', 'helloworld'],
    ['trimsuffix("helloworld", "world")', 'hello'],
    ['chomp("hello\\n\\r\\n")', 'hello'],
    ['chomp("hello\\nworld")', 'hello\nworld'],
    ['indent(2, "[\\n  foo,\\n  bar,\\n]\\n")', '[\n    foo,\n    bar,\n  ]\n  '],
    ['strrev("hello")', 'olleh'],
    ['strrev("a☃̈b")', 'b☃̈a'],
    ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ['Hello, Valentina!', 'Hello, Ander!']],
    [
      'formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])',
      ['Salutations, Valentina!', 'Salutations, Ander!'],
    ],
    ['formatlist("%s", "x")', ['x']],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('fails on wrong arguments', () => {
    expect(ev('title(["a"])')).toBeInstanceOf(EvalFailure);
    expect(ev('indent(-1, "a")')).toBeInstanceOf(EvalFailure);
    expect(ev('indent(1.5, "a")')).toBeInstanceOf(EvalFailure);
    expect(ev('formatlist("%s %s", ["a"], ["b", "c"])')).toBeInstanceOf(EvalFailure);
    expect(reason(ev('trim({}, "a")'))).toContain('trim() expects a string, not a object');
  });
});

describe('Terraform regex functions', () => {
  it.each([
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
    [
      'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
      { scheme: 'https', authority: 'terraform.io' },
    ],
    ['regex("(a)|(b)", "b")', [null, 'b']],
    ['regex("(?i)ABC", "xabcx")', 'abc'],
    ['regex("a.c", "a\\nc abc")', 'abc'],
    ['regex("(?s)a.c", "a\\nc")', 'a\nc'],
    ['regex("a\\\\sb", "a\\u00a0b a b")', 'a b'],
    ['regex("[]a]+", "x]a]")', ']a]'],
    ['regex("a{2}", "caaat")', 'aa'],
    ['regex("\\\\#x", "#x")', '#x'],
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    ['length(regexall("[a-z]+", "123456789")) > 0', false],
    ['regexall("a*", "baaac")', ['', 'aaa', '']],
    [
      'regexall("(\\\\w)=(\\\\d)", "a=1,b=2")',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['try(regex("x", "y"), "none")', 'none'],
    ['can(regex("^arn:", "arn:aws:s3"))', true],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('fails where RE2 rejects the pattern or nothing matches', () => {
    expect(ev('regex("x", "y")')).toBeInstanceOf(EvalFailure);
    expect(ev('regex("(?=a)", "a")')).toBeInstanceOf(EvalFailure);
    expect(ev('regex("(?P<a>x)(y)", "xy")')).toBeInstanceOf(EvalFailure);
    expect(ev('regex("*a", "a")')).toBeInstanceOf(EvalFailure);
    expect(ev('regex("a{1001}", "a")')).toBeInstanceOf(EvalFailure);
    expect(ev('regex("(a", "a")')).toBeInstanceOf(EvalFailure);
  });

  it('leaves syntax it does not translate, and risky patterns, unknown', () => {
    for (const pattern of [
      '\\\\pL',
      '[[:alpha:]]',
      '(?U)a+',
      'a(?i)b',
      '\\\\Qa\\\\E',
      '(a+)+$',
      '(a|ab)*c',
      '\\\\1',
    ])
      expect(reason(ev(`regex("${pattern}", "a")`))).toContain('not evaluated here');
    expect(ev(`regex("a", "${'a'.repeat(5000)}")`)).toBeInstanceOf(Unknown);
    expect(ev(`regex("a", "${'a'.repeat(5000)}")`)).not.toBeInstanceOf(EvalFailure);
  });
});

describe('Terraform collection functions', () => {
  it.each([
    ['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']],
    ['sort([10, 9])', ['10', '9']],
    ['reverse([1, 2, 3])', [3, 2, 1]],
    ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
    ['setunion(["a", "b"], ["b", "c"], ["d"])', ['a', 'b', 'c', 'd']],
    ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ['b']],
    ['setsubtract(["a", "b", "c"], ["a", "c"])', ['b']],
    ['coalescelist(["a", "b"], ["c", "d"])', ['a', 'b']],
    ['coalescelist([], ["c", "d"])', ['c', 'd']],
    ['sum([10, 13, 6, 4.5])', 33.5],
    ['index(["a", "b", "c"], "b")', 1],
    ['alltrue(["true", true])', true],
    ['alltrue([true, false])', false],
    ['alltrue([])', true],
    ['anytrue(["true"])', true],
    ['anytrue([true, false])', true],
    ['anytrue([])', false],
    ['chunklist(["a", "b", "c", "d", "e"], 2)', [['a', 'b'], ['c', 'd'], ['e']]],
    ['chunklist(["a", "b", "c", "d", "e"], 1)', [['a'], ['b'], ['c'], ['d'], ['e']]],
    ['chunklist(["a"], 0)', [['a']]],
    ['transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
    [
      'matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])',
      ['i-abc', 'i-def'],
    ],
    ['matchkeys(["a", "b"], [1, 2], [2, 3])', ['b']],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('fails on wrong arguments', () => {
    for (const expr of [
      'sort("a")',
      'sort([["a"]])',
      'slice([1, 2], 1, 3)',
      'slice([1, 2], 2, 1)',
      'slice([1, 2], 0.5, 1)',
      'setunion("a")',
      'coalescelist([], [])',
      'sum([])',
      'sum(["a"])',
      'index(["a"], "b")',
      'alltrue(["maybe"])',
      'chunklist([1], -1)',
      'transpose({a = "b"})',
      'matchkeys(["a"], [1, 2], [1])',
    ])
      expect(ev(expr), expr).toBeInstanceOf(EvalFailure);
  });

  it('gives Unknown where an unknown element decides', () => {
    expect(ev('sort([var.x, "a"])')).toBeInstanceOf(Unknown);
    expect(ev('setunion(["a"], [var.x])')).toBeInstanceOf(Unknown);
    expect(ev('index([var.x, "a"], "a")')).toBeInstanceOf(Unknown);
    expect(ev('index(["a", var.x], "a")')).toBe(0);
    expect(ev('sum([1, var.x])')).toBeInstanceOf(Unknown);
    expect(ev('alltrue([var.x, true])')).toBeInstanceOf(Unknown);
    expect(ev('anytrue([var.x, true])')).toBe(true);
    expect(ev('anytrue([var.x, false])')).toBeInstanceOf(Unknown);
    expect(ev('reverse([var.x, 1])')).toEqual([1, missing]);
    expect(ev('matchkeys(["a"], [var.x], ["b"])')).toBeInstanceOf(Unknown);
  });
});

describe('Terraform encoding functions', () => {
  it.each([
    ['base64encode("Hello World")', 'SGVsbG8gV29ybGQ='],
    ['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World'],
    ['base64decode(base64encode("héllo ☃"))', 'héllo ☃'],
    ['urlencode("Hello World!")', 'Hello+World%21'],
    ['urlencode("☃")', '%E2%98%83'],
    ['urlencode("foo:bar@localhost?foo=bar&bar=baz")', 'foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz'],
    [
      `csvdecode(${lit('a,b,c\n1,2,3\n4,5,6\n')})`,
      [
        { a: '1', b: '2', c: '3' },
        { a: '4', b: '5', c: '6' },
      ],
    ],
    [
      `csvdecode(${lit('a,b\n"x, ""y""",\n\n"multi\nline",z')})`,
      [
        { a: 'x, "y"', b: '' },
        { a: 'multi\nline', b: 'z' },
      ],
    ],
    ['csvdecode("a,b")', []],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('fails on text Terraform cannot decode', () => {
    expect(ev('base64decode("SGVsbG8")')).toBeInstanceOf(EvalFailure);
    expect(ev('base64decode("/w==")')).toBeInstanceOf(EvalFailure); // byte 0xFF: not UTF-8
    expect(ev(`csvdecode(${lit('a,b\n1\n')})`)).toBeInstanceOf(EvalFailure);
    expect(ev(`csvdecode(${lit('a\nx"y\n')})`)).toBeInstanceOf(EvalFailure);
    expect(ev('csvdecode("")')).toBeInstanceOf(EvalFailure);
    expect(ev('base64encode(["a"])')).toBeInstanceOf(EvalFailure);
  });
});

describe('yamldecode', () => {
  it.each([
    ['a: 1\nb: [x, "y", 2.5]\nc:\n', { a: 1, b: ['x', 'y', 2.5], c: null }],
    ['enabled: yes\no: on\nq: "yes"\nt: True', { enabled: true, o: true, q: 'yes', t: true }],
    [
      'hex: 0x1F\nnum: 1_000\nbin: 0b101\nneg: -3\ninf: -.inf',
      { hex: '0x1F', num: 1000, bin: 5, neg: -3, inf: -Infinity },
    ],
    ['- &a {k: v}\n- *a', [{ k: 'v' }, { k: 'v' }]],
    ['1: one\ntrue: t', { '1': 'one', true: 't' }],
    ['text: |\n  line\n', { text: 'line\n' }],
    ['', null],
    ['hello', 'hello'],
  ])('%j', (text, expected) => {
    expect(ev(`yamldecode(${lit(text)})`)).toEqual(expected);
  });

  it('fails on YAML Terraform rejects', () => {
    for (const text of ['a: 1\na: 2', 'a: 1\n---\nb: 2', 'a: [', 'x: !Ref y', 'n: .nan'])
      expect(ev(`yamldecode(${lit(text)})`), text).toBeInstanceOf(EvalFailure);
  });

  it('leaves what it does not reproduce unknown', () => {
    expect(reason(ev(`yamldecode(${lit('d: 2001-12-14')})`))).toContain('timestamp');
    expect(reason(ev(`yamldecode(${lit('a: &x {k: 1}\nb:\n  <<: *x')})`))).toContain('merge keys');
    const laughs = [
      'a: &a [x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${'bcdefghijklm'[i]}: &${'bcdefghijklm'[i]} [*${'abcdefghijklm'[i]}, *${'abcdefghijklm'[i]}]`,
      ),
    ];
    expect(ev(`yamldecode(${lit(laughs.join('\n'))})`)).toBeInstanceOf(Unknown);
  });
});

describe('Terraform path functions', () => {
  it.each([
    ['basename("foo/bar/baz.txt")', 'baz.txt'],
    ['basename("/foo/bar/")', 'bar'],
    ['basename("/")', '/'],
    ['basename("")', '.'],
    ['dirname("foo/bar/baz.txt")', 'foo/bar'],
    ['dirname("baz.txt")', '.'],
    ['dirname("/foo//bar/../baz/x")', '/foo/baz'],
    ['dirname("/x")', '/'],
    ['pathexpand("/etc/resolv.conf")', '/etc/resolv.conf'],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('does not know the home directory', () => {
    expect(reason(ev('pathexpand("~/.ssh/id_rsa")'))).toContain('the home directory is not known here');
    expect(ev('pathexpand("~/.ssh/id_rsa")')).not.toBeInstanceOf(EvalFailure);
    expect(ev('pathexpand("~bob/x")')).toBeInstanceOf(EvalFailure);
  });
});

describe('Terraform network functions', () => {
  it.each([
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    // Terraform's documentation gives this example; Go's net package prints the ninth byte a2 as group a200.
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrsubnet("10.0.0.0/8", 8, 0)', '10.0.0.0/16'],
    ['cidrsubnet("010.001.0.0/16", 8, 1)', '10.1.1.0/24'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("10.12.112.0/20", -1)', '10.12.127.255'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrhost("2001:db8::/32", 1)', '2001:db8::1'],
    ['cidrhost("2001:db8:0:0:1:0:0:1/128", 0)', '2001:db8::1:0:0:1'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrnetmask("10.0.0.0/32")', '255.255.255.255'],
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
    [
      'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
      [
        'fd00:fd12:3456:7800::/72',
        'fd00:fd12:3456:7800:100::/72',
        'fd00:fd12:3456:7800:200::/72',
        'fd00:fd12:3456:7800:300::/88',
      ],
    ],
    ['cidrsubnets("10.0.0.0/24")', []],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('fails on invalid prefixes and out-of-range numbers', () => {
    for (const expr of [
      'cidrsubnet("172.16.0.0/12", 4, 16)',
      'cidrsubnet("172.16.0.0/12", 21, 0)',
      'cidrsubnet("172.16.0.0/12", -1, 0)',
      'cidrsubnet("172.16.0.0/12", 4, -1)',
      'cidrsubnet("172.16.0.0", 4, 1)',
      'cidrsubnet("256.0.0.0/8", 4, 1)',
      'cidrsubnet("10.0.0.0/33", 1, 1)',
      'cidrsubnet("fd00::1::/64", 1, 1)',
      'cidrsubnet("10.0.0.0/8", "x", 1)',
      'cidrsubnet("10.0.0.0/8", 1.5, 1)',
      'cidrhost("10.12.112.0/20", 4096)',
      'cidrhost("10.12.112.0/20", -4097)',
      'cidrnetmask("fd00::/8")',
      'cidrsubnets("10.0.0.0/24", 1, 1, 1)',
      'cidrsubnets("10.0.0.0/24", 0)',
      'cidrsubnets("10.0.0.0/24", 9)',
      'cidrsubnets("fd00::/56", 33)',
      'cidrsubnet(["10.0.0.0/8"], 1, 1)',
    ])
      expect(ev(expr), expr).toBeInstanceOf(EvalFailure);
    expect(ev('cidrhost("10.12.112.0/20", -4096)')).toBe('10.12.112.0');
  });
});

describe('the added functions with unknown arguments', () => {
  it.each([
    'title(var.x)',
    'regex(var.x, "a")',
    'regexall("a", var.x)',
    'sort(var.x)',
    'slice(var.x, 0, 1)',
    'base64decode(var.x)',
    'yamldecode(var.x)',
    'basename(var.x)',
    'cidrsubnet("10.0.0.0/8", var.x, 1)',
    'cidrsubnets("10.0.0.0/8", 4, var.x)',
    'cidrhost(var.x, 1)',
    'formatlist("%s", [var.x])',
  ])('%s is unknown, not a failure', (expr) => {
    const value = ev(expr);
    expect(value).toBeInstanceOf(Unknown);
    expect(value).not.toBeInstanceOf(EvalFailure);
  });
});
