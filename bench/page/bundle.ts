import { build } from 'rolldown';

/**
 * Bundles project code into one classic script that defines `globalName`, to
 * run inside a page through the DevTools protocol (which an extension page's
 * script policy does not block): the same code the extension ships, no copy.
 */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    input: entry,
    write: false,
    logLevel: 'silent',
    output: { format: 'iife', name: globalName },
  });
  return `${result.output[0].code}\nglobalThis.${globalName} = ${globalName};`;
}
