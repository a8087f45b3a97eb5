import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_HEIGHT } from '../../utils/background/frame-layout';
import {
  byTestId,
  frameText,
  optionsWithDemo,
  screenshot,
  startFirefox,
  texts,
  waitForFrame,
  type FirefoxHarness,
} from './harness';

/**
 * The briefing's checks of tests/e2e/briefing.test.ts that hold on any date, in Firefox: the card appears inside
 * the event, as a direct child of the event's dialog or peek, with the client account and the attendees. (Whether
 * a meeting can be logged yet depends on its date against the real clock, so logging stays with Chromium's
 * pinned clock.)
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const read = (site: string, name: string) => readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8');
const WAIT = { timeout: 15_000 };
const CARD = 'iframe[title="Account Lens briefing"]';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox({
    'calendar.google.com': read('google-calendar', 'synthetic_2026-11_event-popup'),
    'outlook.office.com': read('outlook', 'synthetic_2026-11_calendar-peek'),
  });
  await optionsWithDemo(h);
});
afterAll(async () => {
  await h?.close();
});

const cardHeight = (p: Awaited<ReturnType<FirefoxHarness['browser']['newPage']>>) =>
  p.$eval(CARD, (el) => el.getBoundingClientRect().height).catch(() => null);

describe('briefing in Firefox', () => {
  it('appears inside the Google Calendar event popup, as a direct child of the dialog, with the account and attendees', async () => {
    const p = await h.browser.newPage();
    await p.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
    await expect
      .poll(() => frameText(h, p, '/briefing.html', byTestId('briefing-account-name')), WAIT)
      .toBe('Northwind Traders');
    expect(await p.$$eval(`[role=dialog] > ${CARD}`, (els) => els.length)).toBe(1);
    const card = await waitForFrame(h, p, '/briefing.html');
    expect(await texts(card, byTestId('attendee'))).toEqual([
      expect.stringContaining('Ana Ruiz'),
      expect.stringContaining('Tom Becker'),
      expect.stringContaining('newhire@northwind.com'),
    ]);
    expect((await texts(card, `${byTestId('talking-points')} li`)).length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => cardHeight(p), WAIT).toBe(BRIEFING_HEIGHT.expanded);
    await screenshot(p, 'briefing-google-calendar');
    await p.close();
  });

  it('appears inside the Outlook calendar event peek, attendees matched by name', async () => {
    const p = await h.browser.newPage();
    await p.goto('https://outlook.office.com/calendar/view/week');
    await expect
      .poll(() => frameText(h, p, '/briefing.html', byTestId('briefing-account-name')), WAIT)
      .toBe('Proseware Analytics');
    expect(await p.$$eval(`#fluent-default-layer-host [role=dialog] > ${CARD}`, (els) => els.length)).toBe(1);
    const card = await waitForFrame(h, p, '/briefing.html');
    expect(await texts(card, byTestId('attendee'))).toEqual([
      expect.stringContaining('Oliver Hughes'),
      expect.stringContaining('Amelia Clarke'),
    ]);
    await screenshot(p, 'briefing-outlook-calendar');
    await p.close();
  });
});
