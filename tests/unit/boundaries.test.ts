import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The lint rules that keep each runtime context in its room, tried on code that breaks them. */
const eslint = new ESLint();
const messagesFor = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);

// Each case lints with type information, which takes seconds on a loaded machine.
describe('boundaries between runtime contexts', { timeout: 30_000 }, () => {
  // The first lint loads the parser and the project's config, which alone took over the default 5 s under load.
  beforeAll(() => messagesFor('utils/shared/planted.ts', 'export {};\n'), 60_000);

  it.each([
    [
      'a component importing background code',
      'components/sidebar/Planted.tsx',
      "import { openLensDb } from '../../utils/background/db/open';\nexport const x = openLensDb;\n",
      /reach the background through api.background/,
    ],
    [
      'a component calling the extension API',
      'components/sidebar/Planted.tsx',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      /no extension APIs/,
    ],
    [
      'a component using the chrome global',
      'components/sidebar/Planted.tsx',
      'export const x = () => chrome.runtime.id;\n',
      /Use the api/,
    ],
    [
      'a component sending a message itself',
      'components/popup/Planted.tsx',
      "import { request } from '../../utils/protocol/client';\nexport const x = request;\n",
      /send nothing themselves/,
    ],
    [
      'a content script importing the database',
      'utils/content/planted.ts',
      "import { openLensDb } from '../background/db/open';\nexport const x = openLensDb;\n",
      /never carry background code/,
    ],
    [
      'a content script importing fuse.js',
      'utils/content/planted.ts',
      "import Fuse from 'fuse.js';\nexport const x = Fuse;\n",
      /fuse.js never goes into a content script/,
    ],
    [
      'shared code importing a type from the background',
      'utils/shared/planted.ts',
      "import type { Caller } from '../background/caller';\nexport type X = Caller;\n",
      /depends on nothing outside itself/,
    ],
    [
      'a page importing background code',
      'utils/pages/planted.ts',
      "import { createHandler } from '../background/handler';\nexport const x = createHandler;\n",
      /by message/,
    ],
    [
      "Chrome's offscreen document importing page code",
      'entrypoints/offscreen/main.ts',
      "import { optionsDataActions } from '../../utils/pages/options-data';\nexport const x = optionsDataActions;\n",
      /content-script or page code/,
    ],
    [
      'the background importing page code',
      'utils/background/planted.ts',
      "import { subscribeToTab } from '../pages/frame-client';\nexport const x = subscribeToTab;\n",
      /content-script or page code/,
    ],
  ])('refuses %s', async (_name, filePath, code, expected) => {
    expect(await messagesFor(filePath, code)).toContainEqual(expect.stringMatching(expected));
  });

  it('lets a component take types from the protocol and settings', async () => {
    const code =
      "import type { BackgroundClient } from '../../utils/protocol/api';\nimport type { Settings } from '../../utils/settings/settings';\nexport type X = [BackgroundClient<'sidebar'>, Settings];\n";
    expect(await messagesFor('components/sidebar/Planted.tsx', code)).toEqual([]);
  });
});

describe('import cycles', () => {
  const dir = join('utils', 'shared', '.cycle-check');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are refused', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
