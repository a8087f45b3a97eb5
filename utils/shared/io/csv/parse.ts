import Papa from 'papaparse';
import { LensError } from '../../errors';

export interface CsvTable {
  file: string;
  headers: string[];
  /** Each data row with its line number in the file (the header is line 1). */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

/**
 * Parses CSV text with papaparse: a UTF-8 byte-order mark, quoted commas and
 * line breaks, `;` or tab delimiters and Windows line ends are all handled.
 * A file that is not text, or is broken (an unclosed quote), gets a clear error.
 */
export function parseCsv(file: string, text: string): CsvTable {
  if (!text.trim()) throw new LensError('invalid', `${file} is empty.`);
  if (text.includes('\u0000') || (text.match(/\ufffd/g)?.length ?? 0) > 2) {
    throw new LensError(
      'invalid',
      `${file} is not UTF-8 text (it may be a spreadsheet file or another encoding). Save it as "CSV UTF-8" and try again.`,
    );
  }
  // A file cut between the two characters of its last CRLF ends its last row complete.
  const body = text.replace(/^\ufeff/, '').replace(/(?<!\r)\r$/, (cr) => (text.includes('\r\n') ? '\r\n' : cr));
  if (/^\s*[{[]/.test(body))
    throw new LensError(
      'invalid',
      `${file} holds JSON, not CSV. To restore an Account Lens backup, choose the .json file as it was saved.`,
    );
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  if (result.errors.some((e) => e.code === 'UndetectableDelimiter'))
    throw new LensError('invalid', `${file} has no header row with column names.`);
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new LensError(
      'invalid',
      `${file} cannot be read${fatal.row !== undefined ? ` near line ${fatal.row + 2}` : ''}: ${fatal.message}.`,
    );
  const headers = result.meta.fields ?? [];
  if (headers.length < 2) throw new LensError('invalid', `${file} has no header row with column names.`);
  if (!result.data.length) throw new LensError('invalid', `${file} has column names but no rows.`);
  // A last row with too few columns and no line end is a file cut off mid-row (a download or copy that stopped).
  const lastRow = result.data.length - 1;
  if (!/[\r\n]\s*$/.test(body) && result.errors.some((e) => e.code === 'TooFewFields' && e.row === lastRow)) {
    throw new LensError(
      'invalid',
      `${file} ends in the middle of a row, so it looks cut short. Export it again; nothing was changed.`,
    );
  }
  // Lines are counted from the data itself: a quoted line break makes one row span several lines.
  let line = 2;
  const rows = result.data.map((values) => {
    const row = { line, values };
    line += 1 + Object.values(values).reduce((n, v) => n + (String(v).match(/\n/g)?.length ?? 0), 0);
    return row;
  });
  return { file, headers, rows };
}
