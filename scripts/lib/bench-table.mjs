// Renders bench results (bench/results.json) as Markdown tables: printed at the
// end of `npm run bench` and written into docs/performance.md by `npm run docs:tables`
// (scripts/docs-tables.mjs, through scripts/lib/docs-tables.mjs).

/**
 * @typedef {{ name: string, runs: number, min: number, median: number, p95: number, max: number, budgetMs?: number, note?: string }} Figure
 * @typedef {{ file: string, rawBytes: number, gzipBytes: number, budgetGzipBytes?: number }} BundleSize
 * @typedef {{ updatedAt?: string, scale?: number, groups: Record<string, Figure[]>, sizes?: BundleSize[] }} Results
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
