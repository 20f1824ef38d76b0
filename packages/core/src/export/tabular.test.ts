import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../test/real-catalog.js';
import { csvCell, toCsv } from './csv.js';
import { toMarkdown } from './markdown.js';
import { controlTable } from './table.js';

const catalog = realCatalog();

describe('tabular exports', () => {
  it('builds one row per control with clause, objective and the 2022 column', () => {
    const table = controlTable(catalog, 'iso27017:2015', { mapTo: ['iso27002:2022'] });
    expect(table.rows).toHaveLength(121);
    const headers = table.columns.map((c) => c.header);
    expect(headers.slice(0, 4)).toEqual(['Clause', 'Objective', 'Control', 'Title']);
    expect(headers.at(-1)).toBe('ISO/IEC 27002:2022');
    const row = table.rows.find((r) => r[2] === '12.4.1')!;
    expect(row[0]).toBe('12 Operations security');
    expect(row.at(-1)).toBe('8.15');
  });

  it('quotes CSV cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    const csv = toCsv(controlTable(catalog, 'iso27002:2022'));
    expect(csv.split('\r\n')[0]).toBe('Theme,Control,Title,Kind,Verification');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(94);
  });

  it('renders Markdown with headings per clause and control', () => {
    const md = toMarkdown(catalog, 'iso27017:2015');
    expect(md).toContain('## 6 Organization of information security');
    expect(md).toContain(
      '#### CLD.6.3.1 Shared roles and responsibilities within a cloud computing environment',
    );
    expect(md).toContain('**Cloud service customer**');
    expect(md.match(/^#### /gm)).toHaveLength(121);
  });
});
