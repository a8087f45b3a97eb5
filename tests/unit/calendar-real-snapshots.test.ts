import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixture-loader';

/**
 * The two real 2022 Google Calendar captures (jitsi/jidesha test data) hold only
 * the edit page's "Event details" tab panel (#tabEventDetails, then an empty
 * #tabFindATime): the title field, the date and time row and the guest list sit
 * outside that panel and are not in the files. Their expectations (no subject,
 * no people, no start, a title miss) are therefore what the captured page shows,
 * not a reader failing: this test keeps anyone from "fixing" them with data the
 * captures do not contain.
 */
describe.each([
  'real_jidesha_2022-01_eventedit-details-tab_new-event.html',
  'real_jidesha_2022-01_eventedit-details-tab_with-location.html',
])('%s', (file) => {
  const doc = loadFixture('google-calendar', file, 'https://calendar.google.com/calendar/r/eventedit');

  it('is the Event details tab panel only', () => {
    expect([...doc.body.children].map((e) => e.className)).toEqual(['fe4pJf']);
    expect([...doc.querySelectorAll('[role=tabpanel]')].map((e) => e.id)).toEqual(['tabEventDetails', 'tabFindATime']);
    expect(doc.querySelector('#tabFindATime')!.textContent!.trim()).toBe('');
  });

  it('has no title field, no date or time, and no guest', () => {
    expect(doc.querySelector('#xTiIn, input[aria-label*="title" i], [role=heading]')).toBeNull();
    expect(doc.querySelector('input[aria-label^="Start" i], #xDetDlgWhen')).toBeNull();
    expect(doc.querySelector('[data-email], [data-hovercard-id], [key*="@"], a[href^="mailto:"]')).toBeNull();
    // The one address is the calendar owner's (the user), base64 in the calendar picker.
    expect(
      [...doc.querySelectorAll('[data-calendar-id]')].map((e) => atob(e.getAttribute('data-calendar-id')!)),
    ).toEqual(['gtackley@brave.com']);
    const inputs = [...doc.querySelectorAll('input')].map((i) => i.getAttribute('aria-label'));
    expect(inputs).toEqual([null, 'Location', 'Minutes in advance for notification']);
  });
});
