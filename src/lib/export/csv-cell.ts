/**
 * CSV cells and files without any schema, so a browser page that only writes CSV does not
 * bundle zod: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula starts neutralised (csv.ts).
 */

/**
 * A cell a spreadsheet may read as a formula: one of = + - @ (or their full-width forms
 * ＝ ＋ － ＠, which some spreadsheets fold to ASCII), possibly behind blanks, tabs, line
 * breaks, zero-width or other invisible format characters that the spreadsheet skips; or a
 * tab or CR at the start. One pass over a bounded prefix, no backtracking.
 */
const FORMULA_START =
  /^[\s\p{Cf}\u115F\u1160\u3164\uFFA0]{0,64}[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66]|^[\t\r]/u;

/** Neutralises formula starts, then quotes per RFC 4180 when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: BOM, header, rows, CRLF after every record. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => csvCell(c as string | number | boolean | null)).join(',');
  return `\uFEFF${[header, ...rows].map((r) => `${line(r)}\r\n`).join('')}`;
}
