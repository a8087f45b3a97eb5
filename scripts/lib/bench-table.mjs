// Renders bench results (bench/results.json) as Markdown tables: printed at the
// end of `npm run bench` and written into docs/performance.md by `npm run docs:tables`
// (scripts/docs-tables.mjs, through scripts/lib/docs-tables.mjs).

/**
 * @typedef {{ name: string, runs: number, min: number, median: number, p95: number, max: number, budgetMs?: number, note?: string }} Figure
 * @typedef {{ file: string, rawBytes: number, gzipBytes: number, budgetGzipBytes?: number }} BundleSize
 * @typedef {{ updatedAt?: string, figures: Record<string, { median: number, p95: number }>, sizes: Record<string, number> }} PreviousRun
 * @typedef {{ updatedAt?: string, scale?: number, groups: Record<string, Figure[]>, sizes?: BundleSize[], previous?: PreviousRun }} Results
 */

// The names say README for history: the bench tables now live in docs/performance.md.
export const README_START = '<!-- bench:start (npm run docs:tables) -->';
export const README_END = '<!-- bench:end -->';

/** Milliseconds with three significant figures at most, as a reader compares them. */
export function formatMs(/** @type {number} */ ms) {
  if (ms >= 100) return Math.round(ms).toLocaleString('en-US');
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

const kB = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/** Whether a figure meets its budget: its p95 at or under it. Undefined when it has none. */
export function meetsBudget(/** @type {Figure} */ figure) {
  return figure.budgetMs === undefined ? undefined : figure.p95 <= figure.budgetMs;
}

function verdict(/** @type {Figure} */ f) {
  const ok = meetsBudget(f);
  if (ok === undefined) return '';
  return ok ? `≤ ${formatMs(f.budgetMs ?? 0)} ✓` : `> ${formatMs(f.budgetMs ?? 0)} ✗`;
}

/** @param {Figure[]} figures */
export function figureTable(figures) {
  const rows = figures.map((f) => {
    // A single run has no spread: show its one value once.
    const spread = f.runs === 1 ? ['', '', formatMs(f.p95), ''] : [f.min, f.median, f.p95, f.max].map(formatMs);
    return `| ${f.name}${f.note ? ` (${f.note})` : ''} | ${f.runs} | ${spread.join(' | ')} | ${verdict(f)} |`;
  });
  return [
    '| measure | runs | min | median | p95 | max | budget (p95) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

/** @param {BundleSize[]} sizes */
export function sizeTable(sizes) {
  const rows = sizes.map((s) => {
    const budget =
      s.budgetGzipBytes === undefined
        ? ''
        : `${s.gzipBytes <= s.budgetGzipBytes ? '≤' : '>'} ${kB(s.budgetGzipBytes)} ${s.gzipBytes <= s.budgetGzipBytes ? '✓' : '✗'}`;
    return `| ${s.file} | ${kB(s.rawBytes)} | ${kB(s.gzipBytes)} | ${budget} |`;
  });
  return ['| file | raw kB | gzip kB | budget (gzip kB) |', '|---|---:|---:|---|', ...rows].join('\n');
}

/** Every group's table, then the bundle sizes, in the order the groups were first written. */
export function resultsMarkdown(/** @type {Results} */ results) {
  const parts = Object.entries(results.groups).map(([group, figures]) => `${group}:\n\n${figureTable(figures)}`);
  if (results.sizes?.length) parts.push(`Bundle sizes (\`.output/chrome-mv3\`):\n\n${sizeTable(results.sizes)}`);
  return parts.join('\n\n');
}

/** Names of the figures and files over their budget. */
export function overBudget(/** @type {Results} */ results) {
  const figures = Object.values(results.groups)
    .flat()
    .filter((f) => meetsBudget(f) === false)
    .map((f) => f.name);
  const sizes = (results.sizes ?? [])
    .filter((s) => s.budgetGzipBytes !== undefined && s.gzipBytes > s.budgetGzipBytes)
    .map((s) => s.file);
  return [...figures, ...sizes];
}

/** A document with the text between two markers replaced (the markers stay). */
export function replaceSection(
  /** @type {string} */ doc,
  /** @type {string} */ startMarker,
  /** @type {string} */ endMarker,
  /** @type {string} */ markdown,
) {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker, start < 0 ? 0 : start);
  if (start < 0 || end < start) throw new Error(`The document has no "${startMarker}" … "${endMarker}" section.`);
  return `${doc.slice(0, start + startMarker.length)}\n\n${markdown}\n\n${doc.slice(end)}`;
}

/** A document (docs/performance.md) with the text between the bench markers replaced. */
export function replaceReadmeSection(/** @type {string} */ readme, /** @type {string} */ markdown) {
  return replaceSection(readme, README_START, README_END, markdown);
}

/** A figure this much slower than in the previous run (p95, now ÷ then) is flagged as a regression. */
export const REGRESSION_RATIO = 1.2;

/** A figure's name in a snapshot: two groups may measure alike-named figures (in the browser and in Node). */
const figureKey = (/** @type {string} */ group, /** @type {Figure} */ f) => `${group} › ${f.name}`;

/** What the next run compares with: each figure's median and p95, each file's gzip size. */
export function snapshotOf(/** @type {Results} */ results) {
  /** @type {PreviousRun} */
  const snapshot = { updatedAt: results.updatedAt, figures: {}, sizes: {} };
  for (const [group, figures] of Object.entries(results.groups))
    for (const f of figures) snapshot.figures[figureKey(group, f)] = { median: f.median, p95: f.p95 };
  for (const s of results.sizes ?? []) snapshot.sizes[s.file] = s.gzipBytes;
  return snapshot;
}

/**
 * Each figure beside the previous run's (the same name in both): the p95s and their ratio, now ÷ then, with
 * the figures over 20 % slower named in `regressions`. The machine's speed varies from day to day: a ratio
 * is a prompt to look, the same-run comparisons are the measure of a change.
 * @param {PreviousRun} previous
 * @param {Results} results
 */
export function previousRunTable(previous, results) {
  /** @type {string[]} */
  const regressions = [];
  const rows = Object.entries(results.groups)
    .flatMap(([group, figures]) => figures.map((f) => /** @type {const} */ ([group, f])))
    .flatMap(([group, f]) => {
      const then = previous.figures[figureKey(group, f)];
      if (!then || !(then.p95 > 0)) return [];
      const ratio = f.p95 / then.p95;
      const slower = ratio > REGRESSION_RATIO;
      if (slower) regressions.push(f.name);
      return [
        `| ${f.name} | ${formatMs(then.p95)} | ${formatMs(f.p95)} | ${ratio.toFixed(2)} | ${slower ? '✗ slower' : ''} |`,
      ];
    });
  for (const s of results.sizes ?? []) {
    const then = previous.sizes[s.file];
    if (!then || (s.budgetGzipBytes === undefined && !s.file.startsWith('background'))) continue;
    const ratio = s.gzipBytes / then;
    const larger = ratio > REGRESSION_RATIO;
    if (larger) regressions.push(s.file);
    rows.push(
      `| \`${s.file}\`, gzip kB | ${kB(then)} | ${kB(s.gzipBytes)} | ${ratio.toFixed(2)} | ${larger ? '✗ larger' : ''} |`,
    );
  }
  const since = previous.updatedAt ? ` (${previous.updatedAt.slice(0, 10)})` : '';
  const markdown = rows.length
    ? [
        `Each figure's p95 against the previous run${since}, now ÷ then; over ${REGRESSION_RATIO} is flagged:`,
        '',
        '| measure | previous | now | ratio | |',
        '|---|---:|---:|---:|---|',
        ...rows,
      ].join('\n')
    : 'No figure was measured in both runs.';
  return { markdown, regressions };
}
