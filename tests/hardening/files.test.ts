import { beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../utils/background/db/migrations';
import { createBackup } from '../../utils/shared/io/backup';
import { readAllRecords } from '../../utils/pages/backup-client';
import type { DataActions, ImportPreview, MappingNeeded } from '../../utils/pages/data-actions';
import { optionsDataActions } from '../../utils/pages/options-data';
import { backgroundClient } from '../../utils/protocol/messaging';
import { countFigure } from './figures';
import { dumpDatabase, wireBackground, type Call } from './storage-support';

// Every file goes the way the options page sends it: File → preview (read, check, plan) → commit.
// A refused file must say why, in words a user can act on, and leave the database byte for byte as it was.

const MB = 1024 * 1024;
let call: Call;
/** The options page's client over `call`, as the backup code takes it. */
const optionsClient = backgroundClient<'options'>((type, data) => call(type, data));
let actions: DataActions;
let before: string;
let backupText: string;

const HUBSPOT_COMPANIES =
  'Record ID,Company name,Company Domain Name,Industry\r\n9001,Quokka Holdings,quokka.example,Logistics\r\n9002,"Bright Stone, Inc.",brightstone.io,"Retail\r\nand wholesale"\r\n9003,Heron Labs,heron-labs.example,Research\r\n';

beforeEach(async () => {
  ({ call } = wireBackground());
  await call('loadDemoData', { replace: true });
  // An undo entry too, so "unchanged" covers the undo log.
  const [first] = await call('listAccounts', null);
  await call('saveRecord', { store: 'accounts', record: { ...first!, notes: 'edited before the import' } });
  actions = optionsDataActions(() => undefined);
  backupText = JSON.stringify(createBackup(await readAllRecords(optionsClient), new Date('2026-11-24T12:00:00Z')));
  before = await dumpDatabase();
});

function file(name: string, content: BlobPart, type = ''): File {
  return new File([content], name, { type });
}

/** Offers files as the file input would; returns the preview, or the message the page would show. */
async function offer(files: File[]): Promise<{ message?: string; preview?: ImportPreview; mapping?: MappingNeeded }> {
  countFigure('files tried', files.length);
  try {
    const result = await actions.preview(files);
    return 'mappingNeeded' in result ? { mapping: result } : { preview: result };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

/** A refused file leaves nothing to confirm, and nothing changed. */
async function expectRefused(files: File[], message: RegExp): Promise<void> {
  const result = await offer(files);
  expect(result.message, `${files.map((f) => f.name).join(', ')} was not refused`).toMatch(message);
  await expect(actions.commit(() => undefined)).rejects.toThrow('Choose a file first');
  expect(await dumpDatabase()).toBe(before);
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
const ZIP = Uint8Array.from([
  0x50,
  0x4b,
  0x03,
  0x04,
  0x14,
  0,
  0,
  0,
  8,
  0,
  0x21,
  0x5a,
  ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
  0x50,
  0x4b,
  0x05,
  0x06,
  0,
  0,
  0,
  0,
]);
const PDF = new Uint8Array([
  ...new TextEncoder().encode(
    '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 40 /Filter /FlateDecode >>\nstream\n',
  ),
  ...Array.from({ length: 40 }, (_, i) => (i * 91) % 256),
  ...new TextEncoder().encode('\nendstream\nendobj\n%%EOF\n'),
]);
const UTF16_CSV = new Uint8Array([
  0xff,
  0xfe,
  ...[...'Account ID,Account Name\r\n1,Acme\r\n'].flatMap((c) => [c.charCodeAt(0), 0]),
]);
const LATIN1_CSV = Uint8Array.from(
  [...'Account ID,Account Name,Website\n1,M']
    .map((c) => c.charCodeAt(0))
    .concat(
      [0xfc],
      [...'nchen B'].map((c) => c.charCodeAt(0)),
      [0xe4, 0xe4, 0xdf],
      [...'e,m.de\n'].map((c) => c.charCodeAt(0)),
    ),
);

describe('files of the wrong type', () => {
  const NOT_ACCEPTED = /Choose one Account Lens backup \(\.json\), or CSV files/;
  const NOT_TEXT = /is not UTF-8 text/;
  const NOT_JSON = /not an Account Lens backup: it is not JSON/;
  it.each([
    ['a PNG image', () => [file('logo.png', PNG, 'image/png')], NOT_ACCEPTED],
    ['a PNG renamed .csv', () => [file('accounts.csv', PNG, 'text/csv')], NOT_TEXT],
    ['a PNG renamed .json', () => [file('backup.json', PNG, 'application/json')], NOT_JSON],
    ['a ZIP archive', () => [file('backup.zip', ZIP, 'application/zip')], NOT_ACCEPTED],
    ['a ZIP (a spreadsheet) renamed .csv', () => [file('accounts.csv', ZIP, 'text/csv')], NOT_TEXT],
    ['a ZIP renamed .json', () => [file('backup.json', ZIP)], NOT_JSON],
    ['a PDF', () => [file('report.pdf', PDF, 'application/pdf')], NOT_ACCEPTED],
    ['a PDF renamed .json', () => [file('backup.json', PDF)], NOT_JSON],
    ['a PDF renamed .csv', () => [file('contacts.csv', PDF)], NOT_TEXT],
    ['a UTF-16 CSV (Excel "Unicode text")', () => [file('accounts.csv', UTF16_CSV)], NOT_TEXT],
    ['a Latin-1 CSV', () => [file('accounts.csv', LATIN1_CSV)], NOT_TEXT],
    ['a text file', () => [file('notes.txt', 'Call Northwind back on Monday.')], NOT_ACCEPTED],
    [
      'JSON that is not a backup',
      () => [file('notes.json', '{"hello":"world"}')],
      /This file is not an Account Lens backup\./,
    ],
    ['a JSON list', () => [file('list.json', '[1,2,3]')], /This file is not an Account Lens backup\./],
    [
      'a backup with damaged records',
      () => [file('backup.json', backupText.replace(/"tier":"strategic"/g, '"tier":"platinum"'))],
      /This backup cannot be restored; nothing was changed\. accounts #\d+: Invalid type: Expected/,
    ],
    ['a CSV renamed .json', () => [file('backup.json', HUBSPOT_COMPANIES)], NOT_JSON],
    [
      'a backup renamed .csv',
      () => [file('accounts.csv', backupText)],
      /accounts\.csv holds JSON, not CSV\. To restore an Account Lens backup, choose the \.json file/,
    ],
    ['an empty .json', () => [file('backup.json', '')], /This file is empty; nothing was changed/],
    ['an empty .csv', () => [file('accounts.csv', '')], /accounts\.csv is empty/],
    [
      'a CSV with column names only',
      () => [file('accounts.csv', 'Record ID,Company name\r\n')],
      /accounts\.csv has column names but no rows/,
    ],
    [
      'a backup and a CSV together',
      () => [file('backup.json', backupText), file('accounts.csv', HUBSPOT_COMPANIES)],
      NOT_ACCEPTED,
    ],
  ])('refuses %s with a clear message, changing nothing', async (_, files, message) => {
    await expectRefused(files(), message);
  });

  it('offers a CSV that is not a CRM export the column-mapping step, and refuses a mapping without the column it needs, changing nothing', async () => {
    const result = await offer([file('people.csv', 'Who,Where\nAna,Madrid\n')]);
    expect(result.mapping?.mappingNeeded.map((m) => [m.file, m.headers])).toEqual([['people.csv', ['Who', 'Where']]]);
    await expect(
      actions.previewMapped({ 'people.csv': { kind: 'contacts', columns: { name: 'Who' } } }),
    ).rejects.toThrow('people.csv: Choose the column that holds the email.');
    await expect(actions.commit(() => undefined)).rejects.toThrow('Choose a file first');
    expect(await dumpDatabase()).toBe(before);
  });

  it('refuses a backup from a newer schema version, changing nothing', async () => {
    const newer = backupText.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`);
    await expectRefused(
      [file('backup-from-the-future.json', newer)],
      new RegExp(
        `This backup comes from a newer version of Account Lens \\(schema ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}\\)\\. Update the extension first; nothing was changed\\.`,
      ),
    );
  });

  it('a refused file never lets an earlier preview be committed', async () => {
    expect((await offer([file('companies.csv', HUBSPOT_COMPANIES)])).preview?.counts).toContainEqual({
      label: 'Accounts: new',
      count: 3,
    });
    await expectRefused([file('logo.png', PNG)], NOT_ACCEPTED);
  });
});

describe('oversized files', () => {
  /** A 100 MB file that fails the test if anything reads it. */
  function hugeFile(name: string, megabytes = 100): { file: File; reads: () => number } {
    let reads = 0;
    const big = file(name, 'x');
    Object.defineProperty(big, 'size', { value: megabytes * MB });
    for (const method of ['text', 'arrayBuffer', 'stream', 'slice', 'bytes']) {
      Object.defineProperty(big, method, {
        value: () => {
          reads++;
          throw new Error(`${name} was read`);
        },
      });
    }
    return { file: big, reads: () => reads };
  }

  it.each([
    ['backup.json', 300, 'backups over 256 MB'],
    ['contacts.csv', 100, 'CSV files over 50 MB'],
  ])('refuses a %s of %i MB by its size, without reading it', async (name, megabytes, limit) => {
    const huge = hugeFile(name, megabytes);
    await expectRefused(
      [huge.file],
      new RegExp(`${name.replace('.', '\\.')} is ${megabytes} MB; ${limit} are refused\\. Nothing was read\\.`),
    );
    expect(huge.reads()).toBe(0);
  });

  it("reads a 90 MB backup: a full book's backup is about that size", async () => {
    const backup = file('backup.json', backupText);
    Object.defineProperty(backup, 'size', { value: 90 * MB });
    const { preview, message } = await offer([backup]);
    expect(message).toBeUndefined();
    expect(preview!.replaces).toBe(true);
  });

  it('refuses a set of CSVs when one of them is 100 MB, reading none', async () => {
    const huge = hugeFile('contacts.csv');
    await expectRefused([file('companies.csv', HUBSPOT_COMPANIES), huge.file], /contacts\.csv is 100 MB/);
    expect(huge.reads()).toBe(0);
  });
});

describe('truncated files', () => {
  it('refuses a backup cut off at any point, changing nothing', async () => {
    const bytes = new TextEncoder().encode(backupText);
    // The start byte by byte (where the format is still being read), then 200 cuts spread over the rest.
    const cuts = new Set<number>([
      ...Array.from({ length: 48 }, (_, i) => i),
      ...Array.from({ length: 200 }, (_, i) => 48 + Math.floor(((bytes.length - 49) * i) / 199)),
    ]);
    const formatEnd = '{"format":"account-lens-backup"'.length;
    for (const cut of cuts) {
      const message =
        cut === 0
          ? /This file is empty/
          : cut < formatEnd
            ? /not an Account Lens backup: it is not JSON/
            : /This backup is incomplete: the file ends before its data does.*Nothing was changed; use a complete copy\./;
      await expectRefused([file('account-lens-backup-2026-11-24.json', bytes.slice(0, cut))], message);
    }
  });

  it('refuses a CSV cut inside a row or a quoted value; a cut at a line end previews the complete rows only', async () => {
    const bytes = new TextEncoder().encode(HUBSPOT_COMPANIES);
    let previewed = 0;
    for (let cut = 0; cut < bytes.length; cut++) {
      const text = HUBSPOT_COMPANIES.slice(0, cut);
      const result = await offer([file('companies.csv', bytes.slice(0, cut))]);
      const expected = expectedCut(text);
      if (expected === 'refused') {
        expect(result.message, `cut at ${cut}: ${JSON.stringify(text.slice(-20))}`).toMatch(
          /is empty|has no header row|has column names but no rows|is not a HubSpot or Salesforce export|ends in the middle of a row, so it looks cut short|cannot be read near line \d+/,
        );
      } else {
        // Cut at a line end, or inside a row's last column: the shorter file is all a reader can see.
        expect(result.preview, `cut at ${cut} should preview: ${result.message}`).toBeDefined();
        const newAccounts = result.preview!.counts.find((c) => c.label === 'Accounts: new')!.count;
        expect(newAccounts).toBe(expected);
        previewed++;
      }
      actions.cancel();
      expect(await dumpDatabase()).toBe(before);
    }
    expect(previewed).toBeGreaterThan(3);
  });
});

/**
 * What a cut CSV must give, worked out from the text alone: refused when the
 * header is incomplete, when the cut is inside quotes, or when the last row has
 * fewer columns than the header; otherwise the number of rows a reader sees.
 */
function expectedCut(text: string): 'refused' | number {
  const headerEnd = text.indexOf('\r\n');
  if (headerEnd < 0 || text.length <= headerEnd + 2) return 'refused';
  const columns = text.slice(0, headerEnd).split(',').length;
  let inQuotes = false;
  let fields = 1;
  let rows = 0;
  let rowStarted = false;
  for (const char of text.slice(headerEnd + 2)) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === ',') fields++;
    else if (!inQuotes && char === '\n') {
      rows++;
      fields = 1;
      rowStarted = false;
      continue;
    }
    if (char !== '\r' || inQuotes) rowStarted = true;
  }
  if (inQuotes) return 'refused';
  const endsAtLine = /[\r\n]$/.test(text);
  if (rowStarted && !endsAtLine && fields < columns) return 'refused';
  return rows + (rowStarted ? 1 : 0);
}
