import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BENCH_RESULTS_FILE,
  comparisonsSection,
  docSections,
  GENERATED_DOCS,
  HARDENING_FIGURES,
  HARDENING_RESULTS_FILE,
  hardeningSection,
  renderDocs,
} from '../../scripts/lib/docs-tables.mjs';
import { FIGURE_ORDER } from '../hardening/report';

// Paths are relative to the repository root, where vitest runs.
const read = (file: string) => readFileSync(file, 'utf8');
const results = () => ({
  bench: JSON.parse(read(BENCH_RESULTS_FILE)),
  hardening: JSON.parse(read(HARDENING_RESULTS_FILE)),
});
const docs = () => Object.fromEntries(GENERATED_DOCS.map((file) => [file, read(file)]));
const markdownFiles = () => [
  'README.md',
  ...['docs', join('docs', 'store')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(dir, f)),
  ),
];

describe('generated tables in docs/', () => {
  it('match what `npm run docs:tables` writes from the committed results files', () => {
    const current = docs();
    const rendered = renderDocs(current, results());
    for (const file of GENERATED_DOCS) {
      expect(rendered[file], `${file} is out of date: run \`npm run docs:tables\``).toBe(current[file]);
    }
  });

  it('have each section between its markers exactly once', () => {
    const current = docs();
    for (const section of docSections(results())) {
      const text = current[section.file]!;
      expect(text.split(section.start).length - 1, `${section.file}: ${section.start}`).toBe(1);
      expect(text.split(section.end).length - 1, `${section.file}: ${section.end}`).toBe(1);
    }
  });

  it('are stable: rendering twice changes nothing', () => {
    const once = renderDocs(docs(), results());
    expect(renderDocs(once, results())).toEqual(once);
  });

  it('show every figure the hardening run reports, in its order, and no other', () => {
    expect(HARDENING_FIGURES.map(([key]) => key)).toEqual([...FIGURE_ORDER]);
    expect(Object.keys(results().hardening.figures).sort()).toEqual([...FIGURE_ORDER].sort());
  });

  it('refuse hardening results that lack a figure rather than showing a blank', () => {
    expect(() => hardeningSection({ figures: { 'hostile strings': 1 } })).toThrow(/surfaces/);
  });

  it('compare each replaced version with the figure just above it', () => {
    const figure = (name: string, median: number, p95: number) => ({ name, runs: 10, min: 1, median, p95, max: p95 });
    const table = comparisonsSection({
      groups: { g: [figure('search per keystroke', 2, 5), figure('fuse.js alone (the version replaced)', 30, 100)] },
    });
    expect(table).toContain('| search per keystroke | fuse.js alone | 2.00 vs 30.0 | 15× | 5.00 vs 100 | 20× |');
  });
});

describe('README and docs', () => {
  it('keep the README under 12 KB', () => {
    expect(readFileSync('README.md').byteLength).toBeLessThan(12_288);
  });

  it('link only to files and headings that exist', () => {
    const slug = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const anchors = new Map<string, Set<string>>();
    const anchorsOf = (file: string) => {
      if (!anchors.has(file)) {
        const headings =
          read(file)
            .replace(/```[\s\S]*?```/g, '')
            .match(/^#{1,6} .*$/gm) ?? [];
        anchors.set(file, new Set(headings.map((h) => slug(h.replace(/^#+ /, '')))));
      }
      return anchors.get(file)!;
    };
    const broken: string[] = [];
    for (const file of markdownFiles()) {
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const linked = path ? join(dirname(file), path) : file;
        if (!existsSync(linked)) broken.push(`${file}: ${target} (no such file)`);
        else if (anchor !== undefined && linked.endsWith('.md') && !anchorsOf(linked).has(anchor))
          broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('hold no absolute path of a machine', () => {
    for (const file of markdownFiles()) {
      expect(read(file), file).not.toMatch(/(^|[\s(`'"])\/(work|home|root|Users|tmp)\//m);
    }
  });
});
