// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createHandler } from '../../utils/background/handler';
import { watchBackup } from '../../utils/pages/options-data';
import { backupFailureText } from '../../utils/shared/backup-failure';
import { backupFailureItem, lastBackupItem } from '../../utils/settings/last-backup';
import { callerOf, optionsApiOver, TEST_SENDERS, testServices } from './test-services';

/** The options page over the real handler, reading the backup's state from (fake) extension storage, as the page does. */
let root: HTMLElement;
const NOW = new Date(2026, 10, 26, 17);
const failure = { at: new Date(2026, 10, 25, 0, 5).toISOString(), reason: 'the disk is full' };
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`);

async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}

beforeEach(async () => {
  const call = callerOf(createHandler(testServices()));
  const api = {
    ...optionsApiOver((type, data) => call(type, data, TEST_SENDERS.options)),
    now: () => NOW,
    lastBackupDays: async () => null,
    backupFailure: () => backupFailureItem.getValue(),
    watchBackup,
  };
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp api={api} />, root));
  await until(() => root.querySelector('#data-heading') !== null);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

describe('a scheduled backup that was not written, on the options page', () => {
  it('is told under Your data as soon as it fails, and no longer once a backup is saved', async () => {
    expect($('backup-failure')).toBeNull();
    await backupFailureItem.setValue(failure);
    await until(() => $('backup-failure') !== null);
    expect($('backup-failure')!.textContent).toBe(backupFailureText(failure, NOW));
    expect($('backup-failure')!.textContent).toMatch(
      /^The scheduled backup of .+ was not written: the disk is full\. Your data is unchanged\. Try Back up now\.$/,
    );
    expect($('backup-failure')!.getAttribute('role')).toBe('alert');

    await lastBackupItem.setValue(NOW.toISOString());
    await backupFailureItem.setValue(null);
    await until(() => $('backup-failure') === null);
  });
});
