import { it } from 'vitest';
import { EXTENSION_DIR } from '../scripts/lib/browser.mjs';
import { publishSizes } from './report';
import { bundleSizes } from './sizes';

/** Raw and gzip size of each entrypoint and shared chunk of the Chrome build (`npm run bench` builds first). */
it('bundle sizes', () => {
  publishSizes(bundleSizes(EXTENSION_DIR));
});
