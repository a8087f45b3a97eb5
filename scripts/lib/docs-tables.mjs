// The generated sections of docs/: every figure in them comes from a committed results file,
// never typed by hand. `npm run docs:tables` (scripts/docs-tables.mjs) writes them; the unit test
// tests/unit/docs-tables.test.ts fails when a doc differs from what this module renders.
//
//   bench/results.json (npm run bench)
//     → docs/performance.md: the budgets, the tables, the same-run comparisons, the previous run beside the latest
//   tests/hardening/results.json (HARDENING_RESULTS=tests/hardening/results.json npm run test:hardening)
//     → docs/security.md: the hardening figures
//
// Everything here is pure: results and document text in, document text out.
import {
  formatMs,
  meetsBudget,
  previousRunTable,
  README_END,
  README_START,
  replaceSection,
  resultsMarkdown,
} from './bench-table.mjs';

/**
 * @typedef {import('./bench-table.mjs').Results} BenchResults
 * @typedef {import('./bench-table.mjs').Figure} Figure
 * @typedef {{ updatedAt?: string, figures: Record<string, number> }} HardeningResults
 */

export const BENCH_RESULTS_FILE = 'bench/results.json';
export const HARDENING_RESULTS_FILE = 'tests/hardening/results.json';
export const PERFORMANCE_DOC = 'docs/performance.md';
export const SECURITY_DOC = 'docs/security.md';

export const BENCH_START = README_START;
export const BENCH_END = README_END;
export const BUDGETS_START = '<!-- bench-budgets:start (npm run docs:tables) -->';
export const BUDGETS_END = '<!-- bench-budgets:end -->';
export const COMPARISONS_START = '<!-- bench-comparisons:start (npm run docs:tables) -->';
export const COMPARISONS_END = '<!-- bench-comparisons:end -->';
export const PREVIOUS_START = '<!-- bench-previous:start (npm run docs:tables) -->';
export const PREVIOUS_END = '<!-- bench-previous:end -->';
export const HARDENING_START = '<!-- hardening:start (npm run docs:tables) -->';
export const HARDENING_END = '<!-- hardening:end -->';

/** The hardening figures in the order the report prints them (tests/hardening/report.ts), with the label the docs give each. */
export const HARDENING_FIGURES = /** @type {const} */ ([
  ['hostile strings', 'hostile strings (and hostile addresses)'],
  ['surfaces', 'surfaces they went through'],
  ['hostile string × surface checks', 'hostile string × surface checks'],
  ['messages fuzzed', 'messages fuzzed'],
  ['bundle files scanned', 'built files scanned for code or HTML from strings'],
  ['files tried', 'import files tried'],
  ['faults injected', 'storage faults injected'],
  ['soak operations', 'soak operations (Node and Chromium)'],
  ['soak worker restarts', 'soak worker restarts (Node and Chromium)'],
  ['records lost or corrupted', 'records lost or corrupted'],
]);

const count = (/** @type {number} */ n) => n.toLocaleString('en-US');

/** "Measured 2026-11-24." from an ISO time, or nothing when the file has no date. */
function measured(/** @type {string | undefined} */ updatedAt, /** @type {string} */ rest) {
  return updatedAt ? `Measured ${updatedAt.slice(0, 10)}${rest}.` : '';
}

/** The bench tables, as `npm run bench` printed them, under one line saying when and at what scale. */
export function benchSection(/** @type {BenchResults} */ results) {
  const scale = results.scale && results.scale !== 1 ? `, at scale ${results.scale}` : '';
  const stamp = [measured(results.updatedAt, scale), 'All times in milliseconds.'].filter(Boolean).join(' ');
  return `${stamp}\n\n${resultsMarkdown(results)}`;
}

/** Every budget the bench checks, with the latest figure beside it: times by their p95, content scripts by their gzip size. */
export function budgetsSection(/** @type {BenchResults} */ results) {
  const rows = Object.values(results.groups)
    .flat()
    .filter((f) => f.budgetMs !== undefined)
    .map((f) => {
      const ok = meetsBudget(f);
      return `| ${f.name} | p95 ≤ ${formatMs(f.budgetMs ?? 0)} ms | ${formatMs(f.p95)} ms | ${ok ? '✓' : '✗ over'} |`;
    });
  for (const s of results.sizes ?? []) {
    if (s.budgetGzipBytes === undefined) continue;
    const ok = s.gzipBytes <= s.budgetGzipBytes;
    rows.push(
      `| \`${s.file}\`, gzip | ≤ ${kB(s.budgetGzipBytes)} kB | ${kB(s.gzipBytes)} kB | ${ok ? '✓' : '✗ over'} |`,
    );
  }
  if (!rows.length) return 'The bench results hold no budget.';
  return ['| what | budget | latest | met |', '|---|---|---:|---|', ...rows].join('\n');
}

const kB = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/** How many times faster, to two significant figures: 15×, 2.8×. */
function times(/** @type {number} */ before, /** @type {number} */ after) {
  if (!(after > 0)) return '';
  const ratio = before / after;
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
}

/** A figure's name without the "… " that ties it to the figure above, or the words saying it was replaced. */
const bare = (/** @type {string} */ name) =>
  name
    .replace(/^…\s*/, '')
    .replace(/^the version replaced:\s*/, '')
    .replace(/\s*\(the version replaced\)$/, '');

/**
 * Each figure of the bench whose name says it is "the version replaced", beside the figure just before it
 * in its group (the code that replaced it, measured in the same run): how many times faster, median and p95.
 */
export function comparisonsSection(/** @type {BenchResults} */ results) {
  /** @type {string[]} */
  const rows = [];
  for (const figures of Object.values(results.groups)) {
    figures.forEach((replaced, i) => {
      const now = figures[i - 1];
      if (!now || !/the version replaced/.test(replaced.name) || replaced.runs < 2 || now.runs < 2) return;
      // What is measured: the nearest figure above that is not a "…" sub-figure of another.
      const head =
        figures
          .slice(0, i)
          .reverse()
          .find((f) => !f.name.startsWith('…')) ?? now;
      const what = head === now ? bare(now.name) : `${head.name}: ${bare(now.name)}`;
      rows.push(
        `| ${what} | ${bare(replaced.name)} | ${formatMs(now.median)} vs ${formatMs(replaced.median)} | ${times(replaced.median, now.median)} | ${formatMs(now.p95)} vs ${formatMs(replaced.p95)} | ${times(replaced.p95, now.p95)} |`,
      );
    });
  }
  if (!rows.length) return 'The bench results hold no figure of a replaced version.';
  return [
    'Each change against the version it replaced, both measured in the same run (ms, from the tables above):',
    '',
    '| measure, as it is now | the version replaced | median | faster | p95 | faster |',
    '|---|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** The latest run against the one before it, as the bench printed it (the results file keeps the previous run). */
export function previousSection(/** @type {BenchResults} */ results) {
  return results.previous
    ? previousRunTable(results.previous, results).markdown
    : 'The results file holds no previous run.';
}

/** The table of the latest full hardening run. */
export function hardeningSection(/** @type {HardeningResults} */ results) {
  const rows = HARDENING_FIGURES.map(([key, label]) => {
    const value = results.figures[key];
    if (typeof value !== 'number') throw new Error(`The hardening results have no "${key}" figure.`);
    return `| ${label} | ${count(value)} |`;
  });
  const stamp = measured(results.updatedAt, ', latest full run of `npm run test:hardening`');
  return [stamp, stamp ? '' : null, '| figure | count |', '|---|---:|', ...rows]
    .filter((line) => line !== null)
    .join('\n');
}

/**
 * Every generated section: which doc, between which markers, rendered from which results.
 * @param {{ bench: BenchResults, hardening: HardeningResults }} results
 */
export function docSections(results) {
  return [
    { file: PERFORMANCE_DOC, start: BUDGETS_START, end: BUDGETS_END, markdown: budgetsSection(results.bench) },
    { file: PERFORMANCE_DOC, start: BENCH_START, end: BENCH_END, markdown: benchSection(results.bench) },
    {
      file: PERFORMANCE_DOC,
      start: COMPARISONS_START,
      end: COMPARISONS_END,
      markdown: comparisonsSection(results.bench),
    },
    { file: PERFORMANCE_DOC, start: PREVIOUS_START, end: PREVIOUS_END, markdown: previousSection(results.bench) },
    { file: SECURITY_DOC, start: HARDENING_START, end: HARDENING_END, markdown: hardeningSection(results.hardening) },
  ];
}

/**
 * The docs with every generated section rendered from the results. Pure: `docs` maps a path to its
 * current text; the answer maps the same paths to the text they should have.
 * @param {Record<string, string>} docs
 * @param {{ bench: BenchResults, hardening: HardeningResults }} results
 * @returns {Record<string, string>}
 */
export function renderDocs(docs, results) {
  const out = { ...docs };
  for (const section of docSections(results)) {
    const text = out[section.file];
    if (text === undefined) throw new Error(`${section.file} was not given.`);
    out[section.file] = replaceSection(text, section.start, section.end, section.markdown);
  }
  return out;
}

/** The docs files that hold generated sections. */
export const GENERATED_DOCS = [PERFORMANCE_DOC, SECURITY_DOC];
