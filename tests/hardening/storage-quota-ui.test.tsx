// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { DataPanel } from '../../components/options/data/DataPanel';
import { QUOTA_MESSAGE } from '../../utils/shared/errors';
import { optionsDataActions } from '../../utils/pages/options-data';
import { countFigure } from './figures';
import { failCommit } from './storage-faults';
import { dumpDatabase, wireBackground } from './storage-support';

// What a user sees when the disk fills up during an import: the data panel's alert, with nothing imported.

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  return check();
};

it('the data panel shows the storage-full message as an alert when an import fails at its commit, and nothing is imported', async () => {
  const { call } = wireBackground();
  await call('loadDemoData', { replace: true });
  const before = await dumpDatabase();
  const root = document.createElement('div');
  await act(() => render(<DataPanel actions={optionsDataActions(() => undefined)} lastBackupDays={null} />, root));

  const input = root.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
  const csv =
    'Record ID,Company name,Company Domain Name\r\n1,Quokka Holdings,quokka.example\r\n2,Bright Stone,brightstone.io\r\n';
  Object.defineProperty(input, 'files', {
    value: [new File([csv], 'companies.csv', { type: 'text/csv' })],
    configurable: true,
  });
  await act(() => void input.dispatchEvent(new Event('change')));
  expect(await until(() => !!root.querySelector('[data-testid=import-preview]'))).toBe(true);
  expect(root.querySelector('[data-testid=import-preview]')!.textContent).toContain('Accounts: new: 2');

  const fired = failCommit('staging', 2);
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.click());
  expect(await until(() => !!root.querySelector('[data-testid=data-status]'))).toBe(true);
  const status = root.querySelector('[data-testid=data-status]')!;
  expect(status.getAttribute('role')).toBe('alert');
  expect(status.textContent).toBe(QUOTA_MESSAGE);
  expect(fired()).toBe(1);
  countFigure('faults injected', 1);
  expect(await dumpDatabase()).toBe(before);
});
