import { defineConfig } from 'wxt';
import { COMMANDS } from './utils/shared/commands';
import { CONTENT_MATCHES } from './utils/shared/hosts';
import { noInnerHtml } from './scripts/build/no-inner-html';
import { quietContentContext } from './scripts/build/quiet-content-context';
import { domainDataFiles } from './scripts/build/domain-data';
import { browserLocaleFiles } from './scripts/build/browser-locales';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: each file shows what its bundle pulls in.
  imports: false,
  // Preact's one way of writing HTML from a string is cut out of every build, and content scripts start without
  // announcing themselves to the page (see each plugin).
  vite: () => ({ plugins: [noInnerHtml(), quietContentContext()] }),
  // The Public Suffix List and the free-mail providers ship as data files, not in the worker's script; the
  // browser's own message files are written from the catalogue (utils/shared/i18n/messages/<language>/browser.json).
  hooks: { 'build:publicAssets': (_wxt, files) => void files.push(...domainDataFiles(), ...browserLocaleFiles()) },
  manifest: ({ browser }) => ({
    // Localised from the catalogue's browser.json, per language (docs/development.md: adding a language).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Chrome's worker writes the scheduled backup's file through an offscreen document; Firefox has no such API.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Asked for only when the user switches on the scheduled backup.
    optional_permissions: ['downloads'],
    host_permissions: CONTENT_MATCHES,
    // Only the frame pages are reachable from the mail and calendar hosts. Chrome also gives them a
    // per-session URL, so a page cannot probe a fixed address to detect the extension.
    web_accessible_resources: [
      {
        resources: ['sidebar.html', 'briefing.html'],
        matches: CONTENT_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (Android 142) is the first Firefox to read data_collection_permissions; every other key is older.
            gecko: {
              id: 'account-lens@account-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
