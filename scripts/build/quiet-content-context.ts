import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** WXT's content script entry imports its context from here. */
export const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
const QUIET_CONTEXT = fileURLToPath(new URL('../../utils/content/quiet-context.ts', import.meta.url));

/**
 * Builds every content script with Account Lens's own context instead of WXT's, which tells the page that the
 * extension started (see utils/content/quiet-context.ts). The bundle scan checks that no trace of WXT's is left.
 */
export function quietContentContext(): Plugin {
  return {
    name: 'account-lens:quiet-content-context',
    enforce: 'pre',
    resolveId: (source) => (source === WXT_CONTEXT_MODULE ? QUIET_CONTEXT : null),
  };
}
