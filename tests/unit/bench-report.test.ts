import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuBetween, extensionCost } from '../../bench/cdp-metrics';
import { bundleSizes, CONTENT_SCRIPT_BUDGET_GZIP, BACKGROUND_BUDGET_GZIP } from '../../bench/sizes';
import {
  figureTable,
  formatMs,
  overBudget,
  README_END,
  README_START,
  replaceReadmeSection,
  resultsMarkdown,
  sizeTable,
} from '../../scripts/lib/bench-table.mjs';

const figure = (name: string, p95: number, budgetMs?: number) => ({
  name,
  runs: 20,
  min: 1,
  median: 2,
  p95,
  max: p95 + 1,
  budgetMs,
});

describe('bench tables', () => {
  it('puts each figure beside its budget, met or not', () => {
    const table = figureTable([figure('resolve', 3.2, 5), figure('wake-up', 412, 300), figure('export', 900)]);
    expect(table).toContain('| resolve | 20 | 1.00 | 2.00 | 3.20 | 4.20 | ≤ 5.00 ✓ |');
    expect(table).toContain('| wake-up | 20 | 1.00 | 2.00 | 412 | 413 | > 300 ✗ |');
    expect(table).toMatch(/\| export \| 20 .* \| 900 \| 901 \| {2}\|$/m);
  });

  it('shows a single run once, with no spread', () => {
    expect(figureTable([{ name: 'import', runs: 1, min: 41_234, median: 41_234, p95: 41_234, max: 41_234 }])).toContain(
      '| import | 1 |  |  | 41,234 |  |  |',
    );
  });

  it('rounds as a reader compares: two decimals under 10, one under 100, none above', () => {
    expect([formatMs(0.456), formatMs(12.34), formatMs(1234.5)]).toEqual(['0.46', '12.3', '1,235']);
  });

  it('lists what is over budget, figures and content scripts alike', () => {
    const results = {
      groups: { a: [figure('resolve', 6, 5), figure('search', 10, 30)] },
      sizes: [
        { file: 'content-scripts/gmail.js', rawBytes: 90_000, gzipBytes: 31_000, budgetGzipBytes: 30_720 },
        { file: 'background.js', rawBytes: 200_000, gzipBytes: 60_000 },
      ],
    };
    expect(overBudget(results)).toEqual(['resolve', 'content-scripts/gmail.js']);
    expect(sizeTable(results.sizes)).toContain('| content-scripts/gmail.js | 87.9 | 30.3 | > 30.0 ✗ |');
    expect(resultsMarkdown(results)).toMatch(/^a:\n\n\| measure[\s\S]*Bundle sizes/);
  });

  it('replaces only the README section between the markers', () => {
    const readme = `# Title\n\n${README_START}\nold table\n${README_END}\n\nAfter.\n`;
    const updated = replaceReadmeSection(readme, 'new table');
    expect(updated).toBe(`# Title\n\n${README_START}\n\nnew table\n\n${README_END}\n\nAfter.\n`);
    expect(replaceReadmeSection(updated, 'new table')).toBe(updated);
    expect(() => replaceReadmeSection('# No markers', 'x')).toThrow(/no/);
  });
});

describe('CPU time from DevTools protocol metrics', () => {
  const reading = (script: number, task: number) => [
    { name: 'Timestamp', value: 100 },
    { name: 'ScriptDuration', value: script },
    { name: 'TaskDuration', value: task },
  ];

  it('turns two readings in seconds into milliseconds used between them', () => {
    const used = cpuBetween(reading(1.5, 3), reading(1.75, 3.5));
    expect(used.scriptMs).toBeCloseTo(250);
    expect(used.taskMs).toBeCloseTo(500);
  });

  it("gives the extension's cost as the difference from the run without it", () => {
    expect(extensionCost({ scriptMs: 120, taskMs: 400 }, { scriptMs: 100, taskMs: 390 })).toEqual({
      scriptMs: 20,
      taskMs: 10,
    });
  });

  it('fails loudly when a metric is missing', () => {
    expect(() => cpuBetween([{ name: 'TaskDuration', value: 1 }], reading(1, 1))).toThrow(/ScriptDuration/);
  });
});

describe('bundle sizes', () => {
  it('measures each script and stylesheet raw and gzipped, content scripts first, with the budgets of content scripts and the worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dir, 'content-scripts'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'background.js'), 'x'.repeat(10_000));
    writeFileSync(join(dir, 'content-scripts', 'gmail.js'), 'let a = 1;\n'.repeat(500));
    writeFileSync(join(dir, 'chunks', 'popup-abc.css'), 'a{}');
    writeFileSync(join(dir, 'manifest.json'), '{}');
    const sizes = bundleSizes(dir);
    expect(sizes.map((s) => s.file)).toEqual(['content-scripts/gmail.js', 'background.js', 'chunks/popup-abc.css']);
    expect(sizes[0]).toMatchObject({ rawBytes: 5500, budgetGzipBytes: CONTENT_SCRIPT_BUDGET_GZIP });
    expect(sizes[1]!.rawBytes).toBe(10_000);
    // Repetitive text compresses well; the gzip figure is the compressed file, not the raw one.
    expect(sizes[1]!.gzipBytes).toBeLessThan(200);
    expect(sizes[1]!.budgetGzipBytes).toBe(BACKGROUND_BUDGET_GZIP);
    expect(sizes[2]!.budgetGzipBytes).toBeUndefined();
  });
});
