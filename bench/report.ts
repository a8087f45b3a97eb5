import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from './stats';

export interface Figure extends Summary {
  name: string;
  /** The budget for the p95, in ms, when there is one. */
  budgetMs?: number;
  unit?: 'ms' | 'kB';
}

const RESULTS = join(__dirname, 'results.json');

/** Merges figures into bench/results.json (by name) and prints them as a table. */
export function publish(group: string, figures: Figure[]): void {
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { groups: Record<string, Figure[]> }) : { groups: {} };
  previous.groups[group] = figures;
  writeFileSync(RESULTS, JSON.stringify({ ...previous, updatedAt: new Date().toISOString() }, null, 2) + '\n');
  console.log(`\n${group}\n${table(figures)}`);
}

export function table(figures: Figure[]): string {
  const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const rows = figures.map((f) => {
    const verdict = f.budgetMs === undefined ? '' : f.p95 <= f.budgetMs ? `≤ ${f.budgetMs} ✓` : `> ${f.budgetMs} ✗`;
    return `| ${f.name} | ${f.runs} | ${fmt(f.min)} | ${fmt(f.median)} | ${fmt(f.p95)} | ${fmt(f.max)} | ${verdict} |`;
  });
  return ['| measure | runs | min | median | p95 | max | budget (p95) |', '|---|---:|---:|---:|---:|---:|---|', ...rows].join('\n');
}
