import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleSize } from './report';

/** DESIGN.md: a content script stays under 30 KB gzip. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;
/** DESIGN.md: the worker's script, evaluated at every wake-up, stays under 60 kB gzip. */
export const BACKGROUND_BUDGET_GZIP = 60 * 1024;

/** Raw and gzip size of every script and stylesheet of a built extension, content scripts first, then by path. */
export function bundleSizes(dir: string): BundleSize[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  const isContentScript = (file: string) => file.startsWith('content-scripts/') && file.endsWith('.js');
  return files
    .sort((a, b) => Number(isContentScript(b)) - Number(isContentScript(a)) || a.localeCompare(b))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      const size: BundleSize = { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      if (isContentScript(file)) return { ...size, budgetGzipBytes: CONTENT_SCRIPT_BUDGET_GZIP };
      return file === 'background.js' ? { ...size, budgetGzipBytes: BACKGROUND_BUDGET_GZIP } : size;
    });
}
