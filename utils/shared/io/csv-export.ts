/**
 * CSV for spreadsheets. A cell that starts with =, +, -, @ (or a tab or
 * carriage return) is prefixed with a quote mark, so a spreadsheet shows it
 * as text and never runs it as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.join('; ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: Array<{ header: string; value: (row: T) => unknown }>): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  // A BOM so spreadsheet apps read UTF-8 names correctly; CRLF as RFC 4180 says.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
