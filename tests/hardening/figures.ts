import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the hardening run counts; the report prints each total. */
export type FigureKey =
  | 'hostile strings'
  | 'surfaces'
  | 'hostile string × surface checks'
  | 'messages fuzzed'
  | 'bundle files scanned'
  | 'files tried'
  | 'faults injected'
  | 'soak operations'
  | 'soak worker restarts'
  | 'records lost or corrupted';

export const FIGURES_FILE = join('test-results', 'hardening', 'figures.jsonl');

/** Adds `count` to a figure. Test files run in separate workers, so figures go through a file. */
export function countFigure(key: FigureKey, count: number): void {
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify({ key, count }) + '\n');
}

/** Records a figure that is a maximum rather than a sum (e.g. the number of distinct surfaces). */
export function setFigure(key: FigureKey, value: number): void {
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify({ key, max: value }) + '\n');
}
