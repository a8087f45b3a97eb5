import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_HEIGHT } from '../../utils/background/frame-layout';
import { liveCounts, OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures');
const read = (site: string, name: string) => readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8');
const GOOGLE_POPUP = read('google-calendar', 'synthetic_2026-11_event-popup');
const OUTLOOK_PEEK = read('outlook', 'synthetic_2026-11_calendar-peek');
const OUTLOOK_PEEK_2026 = read('outlook', 'synthetic_2026-04_calendar-peek-fluent');

let h: Harness;
let options: OptionsPage;
beforeAll(async () => {
  h = await startHarness({ 'calendar.google.com': GOOGLE_POPUP, 'outlook.office.com': OUTLOOK_PEEK });
  options = await OptionsPage.open(h);
  await options.loadDemo();
});
afterAll(async () => {
  await h?.close();
});

const briefingOf = (p: Page): FrameLocator => p.frameLocator('iframe[title="Account Lens briefing"]');
const stats = () => liveCounts(options.page);

async function openGoogleEvent(): Promise<Page> {
  const p = await h.context.newPage();
  // Like Calendar, close the popup on a mouse press outside it.
  await p.addInitScript(() =>
    document.addEventListener('mousedown', (e) => {
      const dialog = document.querySelector('[role=dialog]');
      if (dialog && !dialog.contains(e.target as Node)) dialog.remove();
    }),
  );
  await p.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
  return p;
}

describe('briefing in Google Calendar', () => {
  it('appears inside the event popup, as a direct child of the dialog, with the client account and talking points', async () => {
    const p = await openGoogleEvent();
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Northwind Traders');
    expect(await p.locator('[role=dialog] > iframe[title="Account Lens briefing"]').count()).toBe(1);
    expect(await card.getByTestId('attendee').allTextContents()).toEqual([
      expect.stringContaining('Ana Ruiz'),
      expect.stringContaining('Tom Becker'),
      expect.stringContaining('newhire@northwind.com'),
    ]);
    const points = await card.getByTestId('talking-points').locator('li').allTextContents();
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points[0]).toMatch(/^You promised .*\(overdue\)/);
    // The card has its fixed height; what does not fit scrolls inside it.
    await expect
      .poll(async () => (await p.locator('iframe[title="Account Lens briefing"]').boundingBox())?.height)
      .toBe(BRIEFING_HEIGHT.expanded);
    await screenshot(p, 'briefing-google-calendar');

    // Clicking and scrolling inside the card does not close the popup.
    await card.getByTestId('briefing').click({ position: { x: 20, y: 20 } });
    await card.locator('body').evaluate((body) => body.scrollBy(0, 200));
    await p.mouse.wheel(0, 200);
    expect(await p.locator('[role=dialog]').count()).toBe(1);
    await p.close();
  });

  it('follows the popup when Calendar reuses it for another event, and comes back when Calendar rebuilds it', async () => {
    const p = await openGoogleEvent();
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Northwind Traders');
    await p.evaluate(() => {
      document
        .querySelector('#xDetDlg')!
        .setAttribute('data-eventid', 'MGxxOGM3bjFkZW1vMm5kZXZlbnQgYWxleC5tb3JnYW5AbXljb21wYW55LmNvbQ');
      document.querySelector('[role=heading]')!.textContent = 'Iberia rollout check-in';
      const guests = document.querySelector('#xDetDlgAtt')!;
      guests.querySelectorAll('[data-email]').forEach((row) => row.remove());
      const row = document.createElement('div');
      row.setAttribute('data-email', 'jonas@fabrikam.io');
      row.textContent = 'Jonas Weber';
      guests.append(row);
    });
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Fabrikam Logistics');

    // Calendar strips foreign nodes when it rebuilds the popup: the card is put back.
    await p.evaluate(() => document.querySelector('iframe[title="Account Lens briefing"]')!.remove());
    await expect
      .poll(() => p.locator('[role=dialog] > iframe[title="Account Lens briefing"]').count(), { timeout: 10_000 })
      .toBe(1);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Fabrikam Logistics');
    await p.close();
  });

  it('"Log this meeting" works once, with its outcome and a follow-up, and the meeting shows in the timeline', async () => {
    const p = await openGoogleEvent();
    const card = briefingOf(p);
    await card.getByTestId('log-meeting').click({ timeout: 10_000 });
    await card.getByTestId('meeting-outcome').fill('Agreed the price cap at 4%');
    await card.getByTestId('meeting-sentiment').selectOption('positive');
    await card.getByTestId('add-follow-up').click();
    await card.getByTestId('follow-up-title').fill('Send the revised contract');
    const before = await stats();
    await card.getByTestId('save-meeting').click();
    await expect.poll(() => card.getByTestId('meeting-logged').count()).toBe(1);
    const after = await stats();
    expect(after.touchpoints).toBe(before.touchpoints! + 1);
    expect(after.tasks).toBe(before.tasks! + 1);
    await screenshot(p, 'briefing-logged');

    // The same occurrence cannot be logged again, even after reopening the event.
    const again = await openGoogleEvent();
    await expect.poll(() => briefingOf(again).getByTestId('meeting-logged').count(), { timeout: 10_000 }).toBe(1);
    expect(await briefingOf(again).getByTestId('log-meeting').count()).toBe(0);

    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    const northwind = accounts.value.find((a) => a.name === 'Northwind Traders')!;
    const bundle = (await requestFrom(options.page, 'getAccount', { id: northwind.id })) as {
      value: { touchpoints: Array<{ kind: string; summary: string; sentiment: string; source?: { itemId: string } }> };
    };
    expect(bundle.value.touchpoints[0]).toMatchObject({
      kind: 'meeting',
      summary: 'Agreed the price cap at 4%',
      sentiment: 'positive',
      source: { itemId: '5hq3k9v2mbj4example_20261126T150000Z' },
    });
    await p.close();
    await again.close();
  });

  it('appears on the full event page too, and "Full view" opens the sidebar', async () => {
    h.server.setPage('calendar.google.com', read('google-calendar', 'synthetic_2026-11_event-edit'));
    const p = await h.context.newPage();
    await p.goto(
      'https://calendar.google.com/calendar/u/2/r/eventedit/N3Qya3ExZWRpdDlleGFtcGxlIGFsZXgubW9yZ2FuQG15Y29tcGFueS5jb20',
    );
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Contoso Pharmaceuticals');
    expect(await p.locator('#tabEventDetails > iframe[title="Account Lens briefing"]').count()).toBe(1);
    await card.getByTestId('open-sidebar').click();
    await expect
      .poll(() => p.frameLocator('iframe[title="Account Lens"]').getByTestId('account-name').first().textContent(), {
        timeout: 10_000,
      })
      .toBe('Contoso Pharmaceuticals');
    await screenshot(p, 'briefing-google-event-page');
    h.server.setPage('calendar.google.com', GOOGLE_POPUP);
    await p.close();
  });

  it('is there for an internal meeting too, at the same size, saying no guest is a client; folds to one line', async () => {
    h.server.setPage(
      'calendar.google.com',
      GOOGLE_POPUP.replace(/data-email="(?!alex)[^"]+"/g, 'data-email="alex.morgan@mycompany.com"'),
    );
    const p = await openGoogleEvent();
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-no-client').textContent(), { timeout: 10_000 })
      .toBe('No client among the guests.');
    const frame = p.locator('[role=dialog] > iframe[title="Account Lens briefing"]');
    expect((await frame.boundingBox())?.height).toBe(BRIEFING_HEIGHT.expanded);
    await screenshot(p, 'briefing-no-client');

    // Folded by the user: one line, remembered on this site, for every event.
    await card.getByTestId('collapse-briefing').click();
    await expect.poll(async () => (await frame.boundingBox())?.height).toBe(BRIEFING_HEIGHT.collapsed);
    expect(await card.getByTestId('briefing-collapsed').textContent()).toContain('No client among the guests');
    await screenshot(p, 'briefing-collapsed');
    h.server.setPage('calendar.google.com', GOOGLE_POPUP);
    const client = await openGoogleEvent();
    const folded = briefingOf(client).getByTestId('briefing-collapsed');
    await expect.poll(() => folded.textContent(), { timeout: 10_000 }).toContain('Northwind Traders');
    await folded.locator('button').click();
    await expect
      .poll(() => briefingOf(client).getByTestId('briefing-account-name').first().textContent())
      .toBe('Northwind Traders');
    expect((await client.locator('iframe[title="Account Lens briefing"]').boundingBox())?.height).toBe(
      BRIEFING_HEIGHT.expanded,
    );
    await p.close();
    await client.close();
  });
});

describe('briefing in the Outlook calendar', () => {
  it('appears inside the event peek, attendees matched by name', async () => {
    const p = await h.context.newPage();
    await p.goto('https://outlook.office.com/calendar/view/week');
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Proseware Analytics');
    expect(
      await p.locator('#fluent-default-layer-host [role=dialog] > iframe[title="Account Lens briefing"]').count(),
    ).toBe(1);
    expect(await card.getByTestId('attendee').allTextContents()).toEqual([
      expect.stringContaining('Oliver Hughes'),
      expect.stringContaining('Amelia Clarke'),
    ]);
    await screenshot(p, 'briefing-outlook-calendar');
    await p.close();
  });

  it('appears in the 2026 peek (not a dialog) on outlook.cloud.microsoft, as a direct child of the peek root', async () => {
    h.server.setPage('outlook.cloud.microsoft', OUTLOOK_PEEK_2026);
    const p = await h.context.newPage();
    await p.goto('https://outlook.cloud.microsoft/calendar/view/week');
    const card = briefingOf(p);
    await expect
      .poll(() => card.getByTestId('briefing-account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Proseware Analytics');
    const peekRoot = '#fluent-default-layer-host [data-app-section=CalendarItemPeek]';
    expect(await p.locator(`${peekRoot} > iframe[title="Account Lens briefing"]`).count()).toBe(1);
    // Not in the empty zero-height dialog Outlook keeps mounted.
    expect(await p.locator('#fluent-default-layer-host [role=dialog] iframe').count()).toBe(0);
    expect(await card.getByTestId('attendee').allTextContents()).toEqual([
      expect.stringContaining('Oliver Hughes'),
      expect.stringContaining('Amelia Clarke'),
    ]);
    await expect
      .poll(async () => (await p.locator('iframe[title="Account Lens briefing"]').boundingBox())?.height)
      .toBe(BRIEFING_HEIGHT.expanded);
    await screenshot(p, 'briefing-outlook-calendar-2026');
    await p.close();
  });
});
