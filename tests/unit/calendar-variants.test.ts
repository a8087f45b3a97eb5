import { describe, expect, it } from 'vitest';
import { decodeEventId, instanceStart } from '../../utils/content/sites/google-calendar/event-id';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';
import { loadFixture } from './fixture-loader';

const URL_WEEK = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
const popupPage = () => loadFixture('google-calendar', 'synthetic_2026-11_event-popup.html', URL_WEEK.href);
const detect = (doc: Document) => googleCalendarAdapter.detect(doc, URL_WEEK);

describe('google calendar: popup variants', () => {
  it('follows the popup when Calendar reuses it for another event', () => {
    const doc = popupPage();
    const details = doc.querySelector('#xDetDlg')!;
    details.setAttribute('data-eventid', 'MGxxOGM3bjFkZW1vMm5kZXZlbnQgYWxleC5tb3JnYW5AbXljb21wYW55LmNvbQ');
    doc.querySelector('[role=heading]')!.textContent = 'Iberia rollout check-in';
    doc.querySelector('#xDetDlgWhen')!.textContent = 'Tuesday, November 24 · 10:00 – 11:00am';
    const guests = doc.querySelector('#xDetDlgAtt')!;
    guests.replaceChildren(Object.assign(doc.createElement('div'), { innerText: '' }));
    guests.firstElementChild!.setAttribute('data-email', 'jonas@fabrikam.io');
    guests.firstElementChild!.textContent = 'Jonas Weber';
    const { context } = detect(doc);
    expect(context).toMatchObject({
      eventId: '0lq8c7n1demo2ndevent',
      subject: 'Iberia rollout check-in',
      people: [{ email: 'jonas@fabrikam.io', name: 'Jonas Weber', role: 'guest' }],
    });
    // A one-off event: its start comes from the date and time line (local time; tests run in UTC).
    expect(context!.start).toBe('2026-11-24T10:00:00.000Z');
  });

  it('marks a client organizer as organizer', () => {
    const doc = popupPage();
    doc
      .querySelector('[data-email="ana.ruiz@northwind.com"]')!
      .append(Object.assign(doc.createElement('span'), { textContent: 'Organizer' }));
    expect(detect(doc).context!.people[0]).toEqual({
      email: 'ana.ruiz@northwind.com',
      name: 'Ana Ruiz',
      role: 'organizer',
    });
  });

  it('a hidden guest list yields no people and no miss', () => {
    const doc = popupPage();
    doc.querySelector('#xDetDlgAtt')!.remove();
    expect(detect(doc)).toEqual({ context: expect.objectContaining({ people: [] }), misses: [] });
  });

  it('falls back to mailto links, and counts a miss when the guest section has no readable guest', () => {
    const doc = popupPage();
    const guests = doc.querySelector('#xDetDlgAtt')!;
    for (const row of guests.querySelectorAll('[data-email]')) row.removeAttribute('data-email');
    expect(detect(doc).misses).toEqual([{ view: 'event-popup', part: 'guests' }]);
    const link = doc.createElement('a');
    link.href = 'mailto:ana.ruiz@northwind.com';
    guests.append(link);
    expect(detect(doc)).toEqual({
      context: expect.objectContaining({
        people: [{ email: 'ana.ruiz@northwind.com', role: 'guest' }],
        strategy: 'event-popup:guest-mailto',
      }),
      misses: [],
    });
  });

  it('keeps an undecodable event id as it is', () => {
    const doc = popupPage();
    doc.querySelector('#xDetDlg')!.setAttribute('data-eventid', '%%%not-base64');
    expect(detect(doc).context!.eventId).toBe('%%%not-base64');
  });

  it('shows hostile guest names and titles as text', () => {
    const doc = popupPage();
    doc.querySelector('[role=heading]')!.textContent = '<img src=x onerror=alert(1)>';
    doc.querySelector('[data-email="ana.ruiz@northwind.com"] span')!.textContent = '"><script>x()</script>';
    const { context } = detect(doc);
    expect(context!.subject).toBe('<img src=x onerror=alert(1)>');
    expect(context!.people[0]!.name).toBe('"><script>x()</script>');
    expect(doc.querySelectorAll('img, script').length).toBe(0);
  });
});

describe('event ids', () => {
  it('decodes "<eventId> <calendarId>" and the instance start', () => {
    expect(
      decodeEventId('NWhxM2s5djJtYmo0ZXhhbXBsZV8yMDI2MTEyNlQxNTAwMDBaIGFsZXgubW9yZ2FuQG15Y29tcGFueS5jb20'),
    ).toEqual({
      eventId: '5hq3k9v2mbj4example_20261126T150000Z',
      calendarId: 'alex.morgan@mycompany.com',
    });
    expect(instanceStart('5hq3k9v2mbj4example_20261126T150000Z')).toBe('2026-11-26T15:00:00.000Z');
    expect(instanceStart('plainid')).toBeUndefined();
    expect(decodeEventId('not base64!')).toBeNull();
  });
});
