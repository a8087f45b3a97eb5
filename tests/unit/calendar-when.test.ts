import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';
import { readPopupStart } from '../../utils/content/sites/google-calendar/when';
import { loadFixture } from './fixture-loader';

/** The start of a one-off event, read from the popup's date and time line (local time, year from the page). */

const WEEK_URL = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/12/3');
const page = (header = '') =>
  new JSDOM(`<header role="banner"><span>Calendar</span><span>${header}</span></header>`).window.document;
/** The expected instant, made in local time like the adapter, so the test holds in any time zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('google calendar: the popup date and time line', () => {
  it.each([
    ['Thursday, December 3 ⋅ 3:00 – 4:00pm', local(2026, 12, 3, 15)],
    ['Thursday, December 3 · 3:00 – 4:00pm · Weekly on Thursday', local(2026, 12, 3, 15)],
    ['Thursday, December 3⋅3:00 – 4:00pm', local(2026, 12, 3, 15)],
    ['Thursday, December 3 · 11:30am – 12:30pm', local(2026, 12, 3, 11, 30)],
    ['Thursday, December 3 · 11:30 – 12:30pm', local(2026, 12, 3, 11, 30)],
    ['Thursday, December 3 · 12:00 – 1:00pm', local(2026, 12, 3, 12)],
    ['Thursday, December 3 · 3 – 4pm', local(2026, 12, 3, 15)],
    ['Thursday, December 3 · 9:15 – 10am', local(2026, 12, 3, 9, 15)],
    ['Thursday, December 3 · 11:00pm – 12:00am', local(2026, 12, 3, 23)],
    ['Thu, Dec 3 · 3:00\u202f–\u202f4:00\u202fPM', local(2026, 12, 3, 15)],
    ['Thursday, 3 December · 15:00 – 16:00', local(2026, 12, 3, 15)],
    ['Thursday, December 3, 2026 · 3:00 – 4:00pm', local(2026, 12, 3, 15)],
    // An all-day event has a date and no time: it starts at local midnight.
    ['Thursday, December 3', local(2026, 12, 3)],
    ['Thursday, December 3 · Weekly on Thursday', local(2026, 12, 3)],
  ])('"%s"', (line, expected) => {
    expect(readPopupStart(line, page(), WEEK_URL)).toBe(expected);
  });

  it.each([
    ['another language', 'jeudi 3 décembre · 15:00 – 16:00'],
    ['another language, month first', 'Donnerstag, Dezember 3 · 15:00 – 16:00'],
    ['a weekday that does not fit the date', 'Friday, December 3 · 3:00 – 4:00pm'],
    ['a multi-day range', 'December 3 – 4, 2026'],
    ['a day that does not exist', 'Monday, February 30 · 3:00 – 4:00pm'],
    ['a time that does not exist', 'Thursday, December 3 · 25:00 – 26:00'],
    ['an unreadable time', 'Thursday, December 3 · 15h00 – 16h00'],
    ['no date', '3:00 – 4:00pm'],
    ['nothing', ''],
  ])('leaves the start unknown for %s', (_, line) => {
    expect(readPopupStart(line, page(), WEEK_URL)).toBeUndefined();
  });

  describe.each([
    [
      'de',
      [
        ['Donnerstag, 3. Dezember ⋅ 15:00–16:00', local(2026, 12, 3, 15)],
        ['Do., 3. Dez. · 15:00 – 16:00', local(2026, 12, 3, 15)],
        ['3. Dezember 2026', local(2026, 12, 3)],
        ['Dienstag, 3. März 2026 ⋅ 9:30–10:00', local(2026, 3, 3, 9, 30)],
      ],
      ['Freitag, 3. Dezember ⋅ 15:00–16:00', 'Donnerstag, Dezember · 15:00', '3. Dezember – 4. Dezember'],
    ],
    [
      'fr',
      [
        ['jeudi 3 décembre ⋅ 15:00 – 16:00', local(2026, 12, 3, 15)],
        ['jeu. 3 déc. · 15:00 – 16:00', local(2026, 12, 3, 15)],
        ['mercredi 15 juillet 2026 ⋅ 08:00 – 09:00', local(2026, 7, 15, 8)],
        ['jeudi 3 décembre', local(2026, 12, 3)],
      ],
      ['jeudi 3 jui ⋅ 15:00', 'Thursday, December 3 · 3:00 – 4:00pm'],
    ],
    [
      'es',
      [
        ['jueves, 3 de diciembre ⋅ 15:00 – 16:00', local(2026, 12, 3, 15)],
        ['jue, 3 dic · 15:00–16:00', local(2026, 12, 3, 15)],
        ['miércoles, 15 de julio de 2026', local(2026, 7, 15)],
      ],
      ['viernes, 3 de diciembre ⋅ 15:00'],
    ],
    [
      'ja',
      [
        ['12月3日 (木) ⋅ 15:00～16:00', local(2026, 12, 3, 15)],
        ['2026年12月3日', local(2026, 12, 3)],
        ['12月3日(木曜日) · 午後3:00～4:00', local(2026, 12, 3, 15)],
        ['12月3日 (木) · 午前9:30～10:30', local(2026, 12, 3, 9, 30)],
      ],
      ['12月3日 (金) ⋅ 15:00～16:00', 'Thursday, December 3 · 3:00 – 4:00pm'],
    ],
  ] as const)('in a page in %s', (lang, read, unread) => {
    const inLanguage = () =>
      new JSDOM(`<html lang="${lang}"><body><header role="banner">Calendar</header></body></html>`).window.document;
    it.each(read.map(([line, at]) => [line, at]))('"%s"', (line, expected) => {
      expect(readPopupStart(line, inLanguage(), WEEK_URL)).toBe(expected);
    });
    it.each(unread.map((line) => [line]))(
      'leaves "%s" unknown (a weekday off the date, no day, a range, another language)',
      (line) => {
        expect(readPopupStart(line, inLanguage(), WEEK_URL)).toBeUndefined();
      },
    );
  });

  it('takes the year from the URL, the nearest to the date shown: a week across the new year', () => {
    const url = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/12/31');
    expect(readPopupStart('Saturday, January 2 · 10:00 – 11:00am', page(), url)).toBe(local(2027, 1, 2, 10));
    expect(readPopupStart('Monday, December 28 · 10:00 – 11:00am', page(), url)).toBe(local(2026, 12, 28, 10));
    const day = new URL('https://calendar.google.com/calendar/r/day/2027/1/1');
    expect(readPopupStart('Thursday, December 31 · 4:00 – 5:00pm', page(), day)).toBe(local(2026, 12, 31, 16));
  });

  it('takes the year from the visible header when the URL has no date', () => {
    const bare = new URL('https://calendar.google.com/calendar/u/0/r');
    expect(readPopupStart('Thursday, December 3 · 3:00 – 4:00pm', page('Nov – Dec 2026'), bare)).toBe(
      local(2026, 12, 3, 15),
    );
    // A month view of January 2027 shows the last days of December 2026.
    expect(readPopupStart('Monday, December 28 · 9:00 – 9:30am', page('January 2027'), bare)).toBe(
      local(2026, 12, 28, 9),
    );
    expect(readPopupStart('Saturday, January 2 · 9:00 – 9:30am', page('Dec 2026 – Jan 2027'), bare)).toBe(
      local(2027, 1, 2, 9),
    );
    // With no date in the URL nor in the header, the year is unknown: the adapter never reads the clock.
    expect(readPopupStart('Thursday, December 3 · 3:00 – 4:00pm', page(), bare)).toBeUndefined();
  });

  it('gives a one-off event in the popup its start, and counts a miss when the line cannot be read', () => {
    const doc = loadFixture('google-calendar', 'synthetic_2026-12_event-popup-one-off.html', WEEK_URL.href);
    expect(googleCalendarAdapter.detect(doc, WEEK_URL).context!.start).toBe(local(2026, 12, 3, 15));
    doc.querySelector('#xDetDlgWhen')!.textContent = 'jeudi 3 décembre · 15:00 – 16:00';
    const { context, misses } = googleCalendarAdapter.detect(doc, WEEK_URL);
    expect(context!.start).toBeUndefined();
    expect(misses).toEqual([{ view: 'event-popup', part: 'start' }]);
  });

  it("keeps a recurring occurrence's start from its instance id", () => {
    const url = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
    const doc = loadFixture('google-calendar', 'synthetic_2026-11_event-popup.html', url.href);
    doc.querySelector('#xDetDlgWhen')!.textContent = 'Thursday, November 26 · 9:00 – 10:00am';
    expect(googleCalendarAdapter.detect(doc, url).context!.start).toBe('2026-11-26T15:00:00.000Z');
  });
});
