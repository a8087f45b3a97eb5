/** @vitest-environment jsdom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../components/popup/api';
import { PopupApp } from '../../components/popup/PopupApp';
import { createHandler } from '../../utils/background/handler';
import { backgroundClient } from '../../utils/protocol/messaging';
import { RequestFailed } from '../../utils/protocol/wire';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { callerOf, TEST_SENDERS, testServices } from './test-services';

/** The popup against the real background handler, with the requests named in `failing` refused as storage errors. */
async function openPopup(failing: string[], settings: PopupApi['settings'] = async () => DEFAULT_SETTINGS) {
  const call = callerOf(createHandler(testServices()));
  await call('loadDemoData', { replace: false }, TEST_SENDERS.options);
  const api: PopupApi = {
    background: backgroundClient<'popup'>((type, data) =>
      failing.includes(type)
        ? Promise.reject(new RequestFailed('storage', 'The database did not answer.'))
        : call(type, data, TEST_SENDERS.popup),
    ),
    settings,
    now: () => new Date('2026-11-26T17:00:00Z'),
    openWelcome: async () => undefined,
  };
  root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<PopupApp api={api} />, root!));
}
let root: HTMLElement | undefined;
const $ = (id: string) => root!.querySelector<HTMLElement>(`[data-testid=${id}]`);
afterEach(async () => {
  await act(() => render(null, root!));
  root?.remove();
});

async function type(text: string) {
  const input = $('search') as HTMLInputElement;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the popup when the background fails', () => {
  it('says the search did not answer, instead of showing no result', async () => {
    await openPopup(['search']);
    await type('north');
    await vi.waitFor(() => expect($('search-failed')?.textContent).toContain('The database did not answer.'));
    expect($('search-results')).toBeNull();
  });

  it('finds accounts as usual when the search answers', async () => {
    await openPopup([]);
    await type('northw');
    await vi.waitFor(() => expect($('search-results')?.textContent).toContain('Northwind Traders'));
    expect($('search-failed')).toBeNull();
  });

  it('says what is due could not be read, instead of an empty list that looks like nothing is due', async () => {
    await openPopup(['getDue']);
    await vi.waitFor(() =>
      expect($('popup-load-failed')?.textContent).toBe(
        'What is due could not be read: The database did not answer. Close and open the popup again.',
      ),
    );
  });

  it('says the settings could not be read', async () => {
    await openPopup([], () => Promise.reject(new Error('storage.local is not available')));
    await vi.waitFor(() =>
      expect($('popup-load-failed')?.textContent).toBe(
        'Your settings could not be read: storage.local is not available. Close and open the popup again.',
      ),
    );
  });
});
