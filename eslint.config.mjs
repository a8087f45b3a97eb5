// Lint: typescript-eslint's recommended rules, no import cycles, and the boundaries between runtime
// contexts. Each folder of utils/ belongs to one context (see docs/architecture.md); the rules below stop
// code of one context from reaching into another's, the way the bundles would otherwise silently grow or
// leak: content scripts must never carry background code (storage, search, records), components never
// call extension APIs themselves, and shared domain code depends on nothing but itself.
import eslintConfigPrettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const SOURCES = ['**/*.{ts,tsx,mjs}'];

/** A restricted import: `regex` matches the import path; type-only imports pass when `types` allows them. */
const restrict = (regex, message, types = false) => ({ regex, message, allowTypeImports: types });

const EXTENSION_APIS = [
  restrict(
    '^(wxt/browser|webextension-polyfill|#imports|wxt/utils/storage)$',
    'Components use no extension APIs: the entrypoint passes what they need through their api.',
  ),
];
const LAYERS = {
  background: '(^|/)utils/background(/|$)|^\\.\\.?/(\\.\\./)*background(/|$)',
  content: '(^|/)utils/content(/|$)',
  pages: '(^|/)utils/pages(/|$)',
  settings: '(^|/)utils/settings(/|$)',
  protocolRuntime: '(^|/)utils/protocol/(client|messaging)$',
  components: '(^|/)components(/|$)',
};

/** One zone: files matching `files` may not import what `patterns` name. */
const zone = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: SOURCES,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Non-null assertions are how this code states what the DOM and the browser guarantee.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Shared domain code runs in every context, so it depends on nothing outside utils/shared, not even types.
  zone(
    ['utils/shared/**'],
    [
      restrict(
        '^\\.\\./(\\.\\./)*(background|content|pages|settings|protocol)(/|$)',
        'utils/shared depends on nothing outside itself.',
      ),
      restrict('(^|/)components(/|$)|(^|/)entrypoints(/|$)', 'utils/shared depends on nothing outside itself.'),
      ...EXTENSION_APIS.map((r) => ({ ...r, message: 'utils/shared is pure: no extension APIs.' })),
    ],
  ),
  // Settings are storage items: shared vocabulary only.
  zone(
    ['utils/settings/**'],
    [restrict('^\\.\\./(background|content|pages|protocol)(/|$)', 'Settings depend on utils/shared only.')],
  ),
  // The wire contract: the request types are derived from the background's definitions, as types only.
  zone(
    ['utils/protocol/**'],
    [
      restrict(LAYERS.background, 'The protocol takes only types from the background (utils/protocol/api.ts).', true),
      restrict('^\\.\\./(content|pages)(/|$)', 'The protocol does not depend on the content scripts or pages.'),
    ],
  ),
  // Content scripts run in the host page: no background, page or UI code, and no fuse.js (DESIGN: never in a content script bundle).
  zone(
    ['utils/content/**', 'entrypoints/*.content/**'],
    [
      restrict(LAYERS.background, 'Content scripts never carry background code: ask the background by message.'),
      restrict(LAYERS.pages, "Content scripts do not use the extension pages' code."),
      restrict(
        LAYERS.components,
        'Content scripts draw nothing themselves: account data is shown in extension frames.',
      ),
      restrict('^fuse\\.js$', 'fuse.js never goes into a content script bundle.'),
    ],
  ),
  // Extension pages' runtime: talks to the background by message only.
  zone(
    ['utils/pages/**'],
    [
      restrict(LAYERS.background, 'Pages reach the background by message (utils/protocol), never by import.', true),
      restrict(LAYERS.content, 'Pages do not use content-script code.'),
    ],
  ),
  // The worker, and Chrome's offscreen document that writes the backup file for it: no page, content-script or UI code.
  zone(
    ['utils/background/**', 'entrypoints/background.ts', 'entrypoints/offscreen/**'],
    [
      restrict(
        '^\\.\\./(\\.\\./)*(content|pages)(/|$)|(^|/)utils/(content|pages)(/|$)',
        'The background does not use content-script or page code.',
      ),
      restrict(LAYERS.components, 'The background draws nothing.'),
    ],
  ),
  // Components: Preact only; extension APIs, storage and messages come through their api.
  zone(
    ['components/**'],
    [
      ...EXTENSION_APIS,
      restrict(LAYERS.background, 'Components reach the background through api.background, never by import.', true),
      restrict(LAYERS.content, 'Components do not use content-script code.'),
      restrict(LAYERS.pages, 'Components get page services through their api.', true),
      restrict(LAYERS.settings, 'Components get settings through their api.', true),
      restrict(LAYERS.protocolRuntime, 'Components send nothing themselves: api.background does.', true),
    ],
  ),
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use the api.' },
        { name: 'browser', message: 'Use the api.' },
      ],
    },
  },
  {
    // Tests and the bench drive every context, and their fakes may be loose.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  eslintConfigPrettier,
);
