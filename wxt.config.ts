import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './utils/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: each file shows what its bundle pulls in.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Account Lens',
    description:
      'Client account context beside your inbox and calendar: health, renewals, open issues and promises. Local-first.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: CONTENT_MATCHES,
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Show or hide the Account Lens sidebar' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'account-lens@account-lens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
