import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  figureTable,
  previousRunTable,
  resultsMarkdown,
  snapshotOf,
  sizeTable,
  overBudget,
  type BundleSize,
  type Results,
} from '../scripts/lib/bench-table.mjs';
import type { Summary } from './stats';

export interface Figure extends Summary {
  name: string;
  /** The budget for the p95, in ms, when there is one. */
  budgetMs?: number;
  /** Where and how it was measured, when the name does not say. */
  note?: string;
}
export type { BundleSize };

/** BENCH_SCALE=0.1 runs everything at a tenth of the size (CI's smoke run). */
export const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** The smoke run writes elsewhere, so it never replaces the full-scale figures the README is built from. */
export const RESULTS_FILE = process.env.BENCH_RESULTS ?? join(__dirname, 'results.json');

function readResults(): Results {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results) : { groups: {} };
}

function writeResults(change: (results: Results) => void): void {
  const results = readResults();
  change(results);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(
    RESULTS_FILE,
    JSON.stringify({ ...results, scale: SCALE, updatedAt: new Date().toISOString() }, null, 2) + '\n',
  );
}

/** Merges one group of figures into the results file (replacing that group) and prints it. */
export function publish(group: string, figures: Figure[]): void {
  writeResults((r) => void (r.groups[group] = figures));
  console.log(`\n${group}\n${figureTable(figures)}`);
}

export function publishSizes(sizes: BundleSize[]): void {
  writeResults((r) => void (r.sizes = sizes));
  console.log(`\nBundle sizes\n${sizeTable(sizes)}`);
}

/**
 * Vitest global setup: at the end of the run, every figure beside its budget in one table, then beside the previous
 * run's (the results file as it was when this run began, which it keeps as `previous`), regressions flagged.
 */
export default function setup(): () => void {
  const before = existsSync(RESULTS_FILE) ? readResults() : null;
  return () => {
    if (!existsSync(RESULTS_FILE)) return;
    const results = readResults();
    const over = overBudget(results);
    console.log(`\nAll figures (${RESULTS_FILE}), times in ms\n\n${resultsMarkdown(results)}\n`);
    console.log(over.length ? `Over budget: ${over.join('; ')}` : 'Every figure with a budget meets it.');
    if (!before) return;
    const previous = snapshotOf(before);
    const { markdown, regressions } = previousRunTable(previous, results);
    console.log(`\n${markdown}\n`);
    console.log(
      regressions.length
        ? `Slower than the previous run by over 20 %: ${regressions.join('; ')}`
        : 'No figure is over 20 % slower than in the previous run.',
    );
    writeResults((r) => void (r.previous = previous));
  };
}
