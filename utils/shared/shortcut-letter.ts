/**
 * The letter a shortcut such as Alt+C means, whatever the keyboard: the letter typed when it is one (AZERTY's
 * M key is where QWERTY has ";", and still types "m"); else the letter of the key's place in the layout (Option
 * on a Mac turns C into "ç"), from the browser's layout map where it offers one, else from the key's code as on
 * a US keyboard. Undefined when no letter can be told.
 */
export function shortcutLetter(
  event: Pick<KeyboardEvent, 'key' | 'code'>,
  layout?: ReadonlyMap<string, string>,
): string | undefined {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const mapped = layout?.get(event.code);
  if (mapped && /^[a-z]$/i.test(mapped)) return mapped.toLowerCase();
  if (layout) return undefined;
  return /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
}

/** The browser's map of key codes to what each key types on the user's layout (Chromium only), or undefined. */
export async function keyboardLayout(nav: Navigator = navigator): Promise<ReadonlyMap<string, string> | undefined> {
  const keyboard = (nav as Navigator & { keyboard?: { getLayoutMap?(): Promise<ReadonlyMap<string, string>> } })
    .keyboard;
  return keyboard?.getLayoutMap?.().catch(() => undefined);
}
