// `npm run docs:tables`: writes the generated sections of docs/ from the committed results files:
// the bench tables (bench/results.json, from `npm run bench`) into docs/performance.md, and the
// hardening figures (tests/hardening/results.json, from
// `HARDENING_RESULTS=tests/hardening/results.json npm run test:hardening`) into docs/security.md.
// `node scripts/docs-tables.mjs --check` writes nothing and fails when a doc is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { BENCH_RESULTS_FILE, GENERATED_DOCS, HARDENING_RESULTS_FILE, renderDocs } from './lib/docs-tables.mjs';

const check = process.argv.includes('--check');
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(file, 'utf8'));
const results = { bench: readJson(BENCH_RESULTS_FILE), hardening: readJson(HARDENING_RESULTS_FILE) };
const docs = Object.fromEntries(GENERATED_DOCS.map((file) => [file, readFileSync(file, 'utf8')]));
const rendered = renderDocs(docs, results);

const stale = GENERATED_DOCS.filter((file) => rendered[file] !== docs[file]);
if (check) {
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run docs:tables\`.`);
    process.exit(1);
  }
  console.log('docs/: generated sections match the results files.');
} else {
  for (const file of stale) writeFileSync(file, rendered[file]);
  console.log(
    stale.length
      ? `Updated ${stale.join(', ')} from ${BENCH_RESULTS_FILE} and ${HARDENING_RESULTS_FILE}`
      : 'docs/: already up to date.',
  );
}
