import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES_FILE, type FigureKey } from './figures';

const ORDER: FigureKey[] = [
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
    const rows = ORDER.map((key) => `| ${key} | ${totals.get(key) ?? 0} |`);
    console.log(['', 'Hardening figures', '| figure | count |', '|---|---:|', ...rows].join('\n'));
    writeFileSync(join('test-results', 'hardening', 'report.json'), JSON.stringify(Object.fromEntries(ORDER.map((k) => [k, totals.get(k) ?? 0])), null, 2) + '\n');
  };
}
