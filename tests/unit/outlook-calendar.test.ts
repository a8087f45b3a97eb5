import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import { parseOutlookStart } from '../../utils/content/sites/outlook/calendar-time';
import { pageContext } from '../../utils/shared/schemas';
import { loadFixture } from './fixture-loader';

const PEEK_URL = new URL('https://outlook.cloud.microsoft/calendar/view/week');
const SERIES_URL = new URL('https://outlook.office.com/calendar/view/workweek');
const HOSTILE_URL = new URL('https://outlook.live.com/calendar/view/week');
const peek = () => loadFixture('outlook', 'synthetic_2026-04_calendar-peek-fluent.html', PEEK_URL.href);
const series = () => loadFixture('outlook', 'synthetic_2026-04_calendar-peek-large-series.html', SERIES_URL.href);
const hostile = () => loadFixture('outlook', 'synthetic_2026-04_calendar-peek-hostile.html', HOSTILE_URL.href);
const PEEK = '[data-app-section=CalendarItemPeek]';
const PROSEWARE_ID = 'AAMkADI5NzBkProsewareQuarterlyDataReviewAAA=';

afterEach(() => {
  vi.useRealTimers();
});

describe('outlook calendar: the start from the time line (English US only)', () => {
  it('reads the documented examples, in the browser time zone (UTC here)', () => {
    expect(parseOutlookStart('Tue 4/14/2026 9:00 AM - 9:30 AM')).toBe('2026-04-14T09:00:00.000Z');
    expect(parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM')).toBe('2026-07-27T19:00:00.000Z');
  });

  it('reads 12 AM as midnight and 12 PM as noon, and narrow no-break spaces and dashes as written by Intl', () => {
    expect(parseOutlookStart('Tue 4/14/2026 12:30 AM - 1:00 AM')).toBe('2026-04-14T00:30:00.000Z');
    expect(parseOutlookStart('Tue 4/14/2026 12:00 PM - 1:00 PM')).toBe('2026-04-14T12:00:00.000Z');
    expect(parseOutlookStart('Tue 4/14/2026 9:00\u202fAM \u2013 9:30\u202fAM')).toBe('2026-04-14T09:00:00.000Z');
  });

  it('leaves other formats unknown rather than guess', () => {
    for (const text of [
      'Tue 14/04/2026 09:00 - 09:30', // day first, 24-hour
      'Di 14.04.2026 09:00 - 09:30',
      'mar. 14/04/2026 09:00 - 09:30',
      'Sun 5/4/2026 9:00 AM - 9:30 AM', // 5 April is a Sunday; read as month/day it would be Monday 4 May
      'Tue 4/14/2026 9:00 am - 9:30 am',
      'Tue 4/14/2026', // all day
      'Mon 2/30/2026 9:00 AM - 9:30 AM',
      'Tue 4/14/2026 13:00 PM - 2:00 PM',
      '',
    ])
      expect(parseOutlookStart(text), text).toBeUndefined();
  });

  it('is pure: the current time changes nothing', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const before = parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM');
    vi.setSystemTime(new Date('2031-06-30T12:00:00Z'));
    expect(parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM')).toBe(before);
  });
});

describe('outlook calendar: the 2026 peek', () => {
  it('takes no notice of the zero-height dialog Outlook keeps mounted', () => {
    const doc = peek();
    doc.querySelector(PEEK)!.remove();
    expect(outlookAdapter.detect(doc, PEEK_URL)).toEqual({ context: null, misses: [] });
    expect(outlookAdapter.briefingAnchor!(doc)).toBe(doc.querySelector('[role=main]'));
  });

  it('places the briefing card in the peek root, not in the always-mounted dialog', () => {
    const doc = peek();
    expect(outlookAdapter.briefingAnchor!(doc)).toBe(doc.querySelector(PEEK));
  });

  it('makes one person of the initials button and the name button', () => {
    const { context } = outlookAdapter.detect(peek(), PEEK_URL);
    expect(context!.people.filter((p) => p.name === 'Oliver Hughes')).toEqual([
      { name: 'Oliver Hughes', role: 'organizer' },
    ]);
  });

  it('reads the subject and time as plain text when they carry no Title or Time label', () => {
    const doc = peek();
    for (const label of ['Title', 'Time'])
      doc.querySelector(`${PEEK} [aria-label=${label}]`)!.removeAttribute('aria-label');
    expect(outlookAdapter.detect(doc, PEEK_URL).context).toMatchObject({
      subject: 'Proseware: quarterly data review',
      start: '2026-11-27T10:00:00.000Z',
      eventId: PROSEWARE_ID,
    });
  });

  it('reads names from the buttons in other languages, where the label does not say "Opens card for"', () => {
    const doc = peek();
    for (const button of doc.querySelectorAll(`${PEEK} span[role=button]`))
      button.setAttribute(
        'aria-label',
        button.getAttribute('aria-label')!.replace('Opens card for', 'Ouvre la carte de'),
      );
    const { context } = outlookAdapter.detect(doc, PEEK_URL);
    expect(context!.people.map((p) => p.name)).toEqual(['Oliver Hughes', 'Amelia Clarke']);
    expect(context!.strategy).toBe('event-peek:card-text');
  });

  it('with no tile to take the id from, keeps an id from the title and time, and counts the miss', () => {
    const doc = peek();
    doc.querySelectorAll('[data-calitemid]').forEach((tile) => tile.remove());
    const { context, misses } = outlookAdapter.detect(doc, PEEK_URL);
    expect(context!.eventId).toBe('peek:Proseware: quarterly data review|Fri 11/27/2026 10:00 AM - 10:30 AM');
    expect(context!.start).toBe('2026-11-27T10:00:00.000Z');
    expect(misses).toEqual([{ view: 'event-peek', part: 'event-id' }]);
  });

  it('tells two tiles of the same subject, day and time apart by the focus', () => {
    const doc = peek();
    const tile = doc.querySelector(`[data-calitemid="${PROSEWARE_ID}"]`)!;
    const twin = tile.cloneNode(true) as Element;
    twin.setAttribute('data-calitemid', 'AAMkADTwinOnASharedCalendarAAA=');
    tile.after(twin);
    expect(outlookAdapter.detect(doc, PEEK_URL).context!.eventId).toMatch(/^peek:/);
    twin.querySelector<HTMLElement>('[role=button]')!.tabIndex = 0;
    twin.querySelector<HTMLElement>('[role=button]')!.focus();
    expect(outlookAdapter.detect(doc, PEEK_URL).context!.eventId).toBe('AAMkADTwinOnASharedCalendarAAA=');
  });

  it('keeps a very long item id within what a page context may carry', () => {
    const doc = series();
    const long = `AAMk${'x'.repeat(600)}=`;
    doc.querySelectorAll('[data-calitemid]').forEach((tile) => tile.setAttribute('data-calitemid', long));
    const { context } = outlookAdapter.detect(doc, SERIES_URL);
    expect(context!.eventId!.length).toBe(500);
    expect(context!.eventId!.endsWith('@2026-04-14T09:00:00.000Z')).toBe(true);
    expect(v.is(pageContext, context)).toBe(true);
  });
});

describe('outlook calendar: occurrences of a recurring meeting', () => {
  it('gives each occurrence its own id: the series id with the start', () => {
    const doc = series();
    const tuesday = outlookAdapter.detect(doc, SERIES_URL).context!;
    doc.querySelector(`${PEEK} [aria-label=Time]`)!.textContent = 'Wed 4/15/2026 9:00 AM - 9:30 AM';
    const wednesday = outlookAdapter.detect(doc, SERIES_URL).context!;
    expect(tuesday.eventId).toBe('AAMkAGQ0ZTdlContosoStandupSeries0001AAA=@2026-04-14T09:00:00.000Z');
    expect(wednesday.eventId).toBe('AAMkAGQ0ZTdlContosoStandupSeries0001AAA=@2026-04-15T09:00:00.000Z');
  });

  it('adds the start when the tile or the peek says the meeting recurs, even with one tile in view', () => {
    const doc = series();
    doc.querySelectorAll('[data-calitemid]').forEach((tile, i) => i !== 1 && tile.remove());
    expect(outlookAdapter.detect(doc, SERIES_URL).context!.eventId).toBe(
      'AAMkAGQ0ZTdlContosoStandupSeries0001AAA=@2026-04-14T09:00:00.000Z',
    );
  });

  it('with the start unknown (another language), adds the tile day; with neither, keeps no series-wide id', () => {
    const doc = series();
    doc.querySelector(`${PEEK} [aria-label=Time]`)!.textContent = 'Di 14.04.2026 09:00 - 09:30';
    doc.querySelectorAll('[data-column-date]').forEach((day, i) => i !== 1 && day.remove());
    const { context } = outlookAdapter.detect(doc, SERIES_URL);
    expect(context!.start).toBeUndefined();
    expect(context!.eventId).toBe('AAMkAGQ0ZTdlContosoStandupSeries0001AAA=@2026-04-14');

    doc.querySelector('[data-column-date]')!.removeAttribute('data-column-date');
    const undated = outlookAdapter.detect(doc, SERIES_URL);
    expect(undated.context!.eventId).toBe('peek:Contoso data sync stand-up|Di 14.04.2026 09:00 - 09:30');
    expect(undated.misses).toEqual([{ view: 'event-peek', part: 'event-id' }]);
  });

  it('a large meeting shows only the tally: the organizer, written "Last, First", is kept whole', () => {
    expect(outlookAdapter.detect(series(), SERIES_URL).context!.people).toEqual([
      { name: 'Hoffmann, Lena', role: 'organizer' },
    ]);
  });
});

describe('outlook calendar: hostile peeks', () => {
  it('reads markup in names and the subject as text, and creates nothing in the page', () => {
    const doc = hostile();
    const before = doc.getElementsByTagName('*').length;
    const { context } = outlookAdapter.detect(doc, HOSTILE_URL);
    expect(context!.subject).toBe('Q3 review, pricing & <img src=x onerror=alert(1)> caps');
    expect(context!.people[1]).toEqual({ name: '<img src=x onerror=alert(1)>Jonas Weber', role: 'guest' });
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelectorAll('img[src=x], script').length).toBe(0);
    expect(v.is(pageContext, context)).toBe(true);
  });

  it('does not take a tile at 11:00 PM for the one at 1:00 PM', () => {
    const doc = hostile();
    const late = doc.querySelector('[data-calitemid="AAMkADDecoySameDayMorningAAA="]')!;
    const button = late.querySelector('[role=button]')!;
    button.setAttribute(
      'aria-label',
      button.getAttribute('aria-label')!.replace('11:00 AM to 11:30 AM', '11:00 PM to 11:30 PM'),
    );
    expect(outlookAdapter.detect(doc, HOSTILE_URL).context!.eventId).toBe('AAMkADFabrikamQ3ReviewWednesdayAAA=');
  });

  it("reads the guest in the organizer's one-sentence reply status, and no address from the body", () => {
    const url = new URL('https://outlook.office365.com/calendar/view/day');
    const doc = loadFixture('outlook', 'synthetic_2026-04_calendar-peek-organizer-view.html', url.href);
    const body = doc.querySelector(`${PEEK} > div:last-child`)!;
    body.textContent = 'Organizer note: dietary requirements to events@woodgrovebank.com by Friday.';
    expect(outlookAdapter.detect(doc, url).context!.people).toEqual([
      { email: 'raj.patel@woodgrovebank.com', role: 'guest' },
    ]);
  });

  it('follows the peek when Outlook reuses it for another event', () => {
    const doc = hostile();
    const root = doc.querySelector(PEEK)!;
    root.querySelector('[aria-label=Title]')!.textContent = 'Fabrikam renewal prep';
    root.querySelector('[aria-label=Time]')!.textContent = 'Tue 11/24/2026 1:00 PM - 1:30 PM';
    for (const button of root.querySelectorAll('span[role=button][aria-label*="Tom Becker"]'))
      button.setAttribute('aria-label', 'Opens card for Jonas Weber');
    const { context } = outlookAdapter.detect(doc, HOSTILE_URL);
    expect(context).toMatchObject({ subject: 'Fabrikam renewal prep', start: '2026-11-24T13:00:00.000Z' });
    expect(context!.eventId).toBe('peek:Fabrikam renewal prep|Tue 11/24/2026 1:00 PM - 1:30 PM');
    expect(context!.people.map((p) => p.name ?? p.email)).toContain('Jonas Weber');
  });
});

describe('outlook calendar: full view and compose', () => {
  it('leaves the start of the 2022 full view unknown when its time is not English US', () => {
    const url = new URL('https://outlook.office.com/calendar/view/month');
    const doc = loadFixture('outlook', 'synthetic_2022-12_event-full-dialog.html', url.href);
    doc.querySelector('[data-icon-name=ClockRegular] + span')!.textContent = 'jeu. 03/12/2026 10:00 - 11:00';
    const { context } = outlookAdapter.detect(doc, url);
    expect(context!.start).toBeUndefined();
    // The tile still matches by its subject alone, the only one of that name in view.
    expect(context!.eventId).toBe('AAMkAGNorthwindQbrDec2026AAA=');
  });

  it('places the briefing card in the full view over the calendar, and in the compose', () => {
    const month = loadFixture(
      'outlook',
      'synthetic_2022-12_event-full-dialog.html',
      'https://outlook.office.com/calendar/view/month',
    );
    expect(outlookAdapter.briefingAnchor!(month)).toBe(month.querySelector('[data-app-section=ReadingPane]'));
    const compose = loadFixture(
      'outlook',
      'synthetic_2026-04_event-compose.html',
      'https://outlook.live.com/calendar/deeplink/compose',
    );
    expect(outlookAdapter.briefingAnchor!(compose)).toBe(compose.querySelector('[data-app-section=CalendarCompose]'));
  });
});
