import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIGURES_FILE, type FigureKey } from './figures';

/** The figures in the order the report prints them; the docs' hardening table follows it (scripts/lib/docs-tables.mjs). */
export const FIGURE_ORDER: readonly FigureKey[] = [
  'hostile strings',
  'surfaces',
  'hostile string × surface checks',
  'messages fuzzed',
  'bundle files scanned',
  'files tried',
  'faults injected',
  'soak operations',
  'soak worker restarts',
  'records lost or corrupted',
];

/** Every run writes its totals here; test-results/ is not committed. */
export const REPORT_FILE = join('test-results', 'hardening', 'report.json');

/**
 * The committed results file the docs' hardening table is generated from (`npm run docs:tables`),
 * written only when asked: `HARDENING_RESULTS=tests/hardening/results.json npm run test:hardening`,
 * on a full run. Unset (every `npm test`), no committed file changes.
 */
export const RESULTS_FILE = process.env.HARDENING_RESULTS;

export interface HardeningReport {
  updatedAt: string;
  figures: Record<FigureKey, number>;
}

function save(file: string, report: HardeningReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

/** Vitest global setup: starts each run with no figures, prints and saves the totals at the end. */
export default function setup(): () => void {
  rmSync(FIGURES_FILE, { force: true });
  return () => {
    const totals = new Map<string, number>();
    if (existsSync(FIGURES_FILE)) {
      for (const line of readFileSync(FIGURES_FILE, 'utf8').split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { key: string; count?: number; max?: number };
        const before = totals.get(entry.key) ?? 0;
        totals.set(entry.key, entry.max !== undefined ? Math.max(before, entry.max) : before + (entry.count ?? 0));
      }
    }
    const rows = FIGURE_ORDER.map((key) => `| ${key} | ${totals.get(key) ?? 0} |`);
    console.log(['', 'Hardening figures', '| figure | count |', '|---|---:|', ...rows].join('\n'));
    const report: HardeningReport = {
      updatedAt: new Date().toISOString(),
      figures: Object.fromEntries(FIGURE_ORDER.map((k) => [k, totals.get(k) ?? 0])) as Record<FigureKey, number>,
    };
    save(REPORT_FILE, report);
    if (RESULTS_FILE) {
      // A run of some of the files counts only what they tried: such totals must not become the docs' figures.
      const missing = FIGURE_ORDER.filter((key) => key !== 'records lost or corrupted' && !totals.get(key));
      if (missing.length) {
        console.log(`Not saved to ${RESULTS_FILE}: not a full run (nothing counted for ${missing.join(', ')}).`);
      } else {
        save(RESULTS_FILE, report);
        console.log(
          `Hardening figures saved to ${RESULTS_FILE}; \`npm run docs:tables\` puts them into docs/security.md.`,
        );
      }
    }
  };
}
