/** Formula neutralisation of CSV cells: what a spreadsheet would still read as a formula. */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from '../../src/lib/export/csv';

// Written by hand: every way a cell can start a formula that a spreadsheet still honours.
const live = [
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ' =HYPERLINK("x")',
  '   +cmd',
  '\u00a0=1',
  '\u200b=1',
  '\u200b\u200b -2',
  '\ufeff=1',
  '\u2060@x',
  '＝HYPERLINK("x")',
  '＋1',
  '－1',
  '＠SUM(A1)',
  ' ＝1',
  '\u3000=1',
  '\u200d＠x',
  '\n=1',
];
const harmless = ['Anna Weber', 'a=b', '1-2', 'x@y.de', '', 'Łukasz Wójcik-Aydın', '李'];

describe('csvCell', () => {
  it.each(live)('neutralises %j', (text) => {
    const cell = csvCell(text);
    const [[read]] = parseCsv(csvFile(['h'], [[text]]).slice(1), {
      from_line: 2,
    }) as string[][] as [[string]];
    expect(read).toBe(`'${text}`);
    expect(cell.replace(/^"/, '')).toMatch(/^'/);
  });
  it.each(harmless)('leaves %j as it is', (text) => {
    expect(csvCell(text)).toBe(text);
  });
  it('any run of blanks and invisible characters before a formula sign is neutralised', () => {
    const pad = fc.constantFrom(
      ' ',
      '\t',
      '\u00a0',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u3000',
    );
    const sign = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠');
    fc.assert(
      fc.property(fc.array(pad, { maxLength: 20 }), sign, fc.string(), (p, s, tail) => {
        expect(csvCell(p.join('') + s + tail).replace(/^"/, '')).toMatch(/^'/);
      }),
    );
  });
  it('a long run of blanks takes no time (bounded pattern)', () => {
    const start = performance.now();
    csvCell(' '.repeat(1_000_000) + 'x');
    expect(performance.now() - start).toBeLessThan(50);
  });
});
