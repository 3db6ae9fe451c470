/**
 * CSV cells and files without any schema, so a browser page that only writes CSV does not
 * bundle zod: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula starts neutralised (csv.ts).
 */

/** Neutralises formula starts, then quotes per RFC 4180 when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: BOM, header, rows, CRLF after every record. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => csvCell(c as string | number | boolean | null)).join(',');
  return `\uFEFF${[header, ...rows].map((r) => `${line(r)}\r\n`).join('')}`;
}
