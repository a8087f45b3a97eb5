// Writes the tables of the latest `npm run bench` (bench/results.json) into the README's Performance section.
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceReadmeSection, resultsMarkdown } from './lib/bench-table.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const stamp = results.updatedAt ? `Measured ${results.updatedAt.slice(0, 10)}${results.scale && results.scale !== 1 ? `, at scale ${results.scale}` : ''}. All times in milliseconds.` : 'All times in milliseconds.';
writeFileSync('README.md', replaceReadmeSection(readFileSync('README.md', 'utf8'), `${stamp}\n\n${resultsMarkdown(results)}`));
console.log('README.md: Performance tables updated from bench/results.json');
