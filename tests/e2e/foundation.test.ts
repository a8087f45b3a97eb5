import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../utils/background/db/migrations';
import { DEMO_ACCOUNTS } from '../../utils/shared/demo/accounts';
import { EXPECTED_CHROME_ONLY_PERMISSIONS, EXPECTED_HOSTS, EXPECTED_PERMISSIONS } from './expected';
import { liveCounts, OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the built extension in Chromium', () => {
  it('loads, and its service worker answers the options page from a database at the current schema', async () => {
    const options = await OptionsPage.open(h);
    expect(await requestFrom(options.page, 'listAccounts', null)).toEqual({ ok: true, value: [] });
    expect(await liveCounts(options.page)).toMatchObject({ accounts: 0, contacts: 0, touchpoints: 0 });
    // Listed, not opened: a page opening the worker's database could hold up its next upgrade.
    expect(await options.page.evaluate(() => indexedDB.databases())).toContainEqual({
      name: 'account-lens',
      version: SCHEMA_VERSION,
    });
  });

  it('the options page lists the demo accounts after they are loaded', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('no-accounts').waitFor();
    await options.loadDemo();
    const names = await options.accountNames();
    expect(names).toHaveLength(DEMO_ACCOUNTS.length);
    expect(names).toEqual([...DEMO_ACCOUNTS.map((a) => a.name)].sort((a, b) => a.localeCompare(b)));
    expect(await options.page.getByTestId('notice').textContent()).toMatch(/Demo data loaded: 12 accounts/);
    await screenshot(options.page, 'options-demo-accounts');
    // The portfolio dashboard sums renewals per currency and charts the last 12 weeks.
    await options.page.getByTestId('dashboard').waitFor();
    expect(await options.page.getByTestId('renewals-30').textContent()).toMatch(/Renewing in 30 days\s*2/);
    expect(await options.page.getByTestId('past-cadence').textContent()).toContain('Wide World Importers');
    expect(await options.page.getByTestId('weekly-chart').getAttribute('aria-label')).toMatch(
      /^week of \d{4}-\d{2}-\d{2}: \d+/,
    );
    // Retention over the chosen period: Coho Vineyard churned 30 days ago, Northwind's value grew 60 days ago.
    expect(await options.page.getByTestId('retention-rate').textContent()).toMatch(
      /90\.9%\s*10 of 11 kept; lost: Coho Vineyard/,
    );
    const usdGrowth = async () =>
      (await options.page.getByTestId('value-growth').allTextContents()).find((t) => t.includes('USD'));
    expect(await usdGrowth()).toMatch(/Annual value, USD\+\d/);
    await options.page.getByTestId('retention-period').selectOption('30');
    await expect.poll(usdGrowth).toMatch(/Annual value, USD-\d/);
    await screenshot(options.page, 'options-retention');

    // The data is in the background's database, not just on screen: a fresh page sees it.
    const again = await OptionsPage.open(h);
    await again.page.getByTestId('account-row').first().waitFor();
    expect(await again.accountNames()).toEqual(names);
  });

  it('declares its keyboard commands: the popup and the sidebar toggle', async () => {
    const options = await OptionsPage.open(h);
    const manifest = await options.page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.commands).toEqual({
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Log a touchpoint (open Account Lens)',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the Account Lens sidebar',
      },
    });
    const commands = await options.page.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['toggle-sidebar', 'Alt+Shift+L'],
        ['_execute_action', 'Alt+Shift+K'],
      ]),
    );
    expect(manifest.permissions).toEqual([...EXPECTED_PERMISSIONS, ...EXPECTED_CHROME_ONLY_PERMISSIONS]);
  });

  it('asks only for the mail and calendar hosts', async () => {
    const options = await OptionsPage.open(h);
    const manifest = await options.page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(EXPECTED_HOSTS);
  });
});
