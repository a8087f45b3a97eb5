/** @vitest-environment jsdom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../components/popup/api';
import { PopupApp } from '../../components/popup/PopupApp';
import { createHandler } from '../../utils/background/handler';
import { backgroundClient } from '../../utils/protocol/messaging';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { shortcutLetter } from '../../utils/shared/shortcut-letter';
import { callerOf, TEST_SENDERS, testServices } from './test-services';

/** What each keyboard sends for the popup's Alt+letter shortcuts: `key` is what the key types, `code` where it is. */
const US_MAC = new Map([
  ['KeyC', 'c'],
  ['KeyM', 'm'],
  ['KeyE', 'e'],
]);
const FRENCH_MAC = new Map([
  ['KeyC', 'c'],
  ['Semicolon', 'm'],
  ['KeyM', ','],
  ['KeyE', 'e'],
]);

describe('the letter of a shortcut', () => {
  it('is the letter typed, on any layout where Alt types the letter (Windows, Linux; German and French too)', () => {
    expect(shortcutLetter({ key: 'c', code: 'KeyC' })).toBe('c');
    // French AZERTY: the M key sits where QWERTY has ";". The letter typed counts, not the place.
    expect(shortcutLetter({ key: 'm', code: 'Semicolon' })).toBe('m');
    // German QWERTZ: Y and Z swap places.
    expect(shortcutLetter({ key: 'z', code: 'KeyY' })).toBe('z');
    expect(shortcutLetter({ key: 'C', code: 'KeyC' })).toBe('c');
  });

  it('is the key of the layout when Option on a Mac types another character', () => {
    expect(shortcutLetter({ key: 'ç', code: 'KeyC' }, US_MAC)).toBe('c');
    expect(shortcutLetter({ key: 'µ', code: 'Semicolon' }, FRENCH_MAC)).toBe('m');
    // German Mac: Option+E types "€".
    expect(shortcutLetter({ key: '€', code: 'KeyE' }, new Map([['KeyE', 'e']]))).toBe('e');
    // Without a layout map (Firefox), the place on a US keyboard.
    expect(shortcutLetter({ key: 'ç', code: 'KeyC' })).toBe('c');
    expect(shortcutLetter({ key: 'Dead', code: 'KeyN' })).toBe('n');
  });

  it('is nothing for a key that is no letter', () => {
    expect(shortcutLetter({ key: '1', code: 'Digit1' })).toBeUndefined();
    expect(shortcutLetter({ key: ',', code: 'KeyM' }, FRENCH_MAC)).toBeUndefined();
  });
});

let root: HTMLElement | undefined;
afterEach(async () => {
  if (!root) return;
  await act(() => render(null, root!));
  root.remove();
  root = undefined;
});

describe("the popup's kind shortcuts", () => {
  it('switch the kind from a Mac, a French and a German keyboard, and leave AltGr to typing', async () => {
    const call = callerOf(createHandler(testServices()));
    const api: PopupApi = {
      background: backgroundClient<'popup'>((type, data) => call(type, data, TEST_SENDERS.popup)),
      settings: async () => DEFAULT_SETTINGS,
      now: () => new Date('2026-11-26T17:00:00Z'),
      openWelcome: async () => undefined,
    };
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<PopupApp api={api} />, root!));
    const checked = () => root!.querySelector<HTMLInputElement>('input[name=kind]:checked')?.value;
    const press = (init: KeyboardEventInit) =>
      act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
    await vi.waitFor(() => expect(checked()).toBeDefined());

    await press({ key: 'ç', code: 'KeyC', altKey: true }); // Mac, Option+C
    expect(checked()).toBe('call');
    await press({ key: 'm', code: 'Semicolon', altKey: true }); // French AZERTY, Alt+M
    expect(checked()).toBe('meeting');
    await press({ key: 'n', code: 'KeyN', altKey: true }); // German QWERTZ, Alt+N
    expect(checked()).toBe('note');
    await press({ key: '€', code: 'KeyE', altKey: true, ctrlKey: true }); // AltGr+E types "€"
    expect(checked()).toBe('note');
  });
});
