import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_MAX } from '../../utils/shared/schemas-limits';
import { pageContext } from '../../utils/shared/schemas';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import type { PageContext, PagePerson } from '../../utils/shared/model';
import { loadFixture } from '../unit/fixture-loader';
import { countFigure, setFigure } from './figures';
import { HOSTILE_ADDRESSES, HOSTILE_STRINGS } from './hostile-strings';

/**
 * The site adapters, on the dated snapshots with hostile text put where each site shows a sender or
 * guest name and a subject (through DOM APIs, as the site's own scripts would render it). The page
 * context must carry the text exactly, only with whitespace collapsed and clipped to what a page
 * context may carry; the adapter must create nothing in the page, and the background must accept
 * the context. (jsdom runs no page scripts: execution is checked in Chromium, hostile.browser.test.ts.)
 */
const GMAIL_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
const CALENDAR_URL = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
const OUTLOOK_URL = new URL('https://outlook.office.com/mail/inbox/id/AAMkADVhNzQ5contoso-item-7%3D');
const OUTLOOK_PEEK_URL = new URL('https://outlook.office.com/calendar/view/week');

/** What a page context keeps of a piece of page text (the documented clean-up, nothing else). */
const asCarried = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, PAGE_TEXT_MAX) || undefined;

interface SiteCase {
  site: string;
  /** Puts `text` where the site shows a person's name and the subject; returns how to find that person. */
  plant(doc: Document, text: string): (person: PagePerson) => boolean;
  detect(doc: Document): PageContext | null;
  /** How the site's own name format changes a name (Outlook shows `Name<address>` and quotes names). */
  expectedName?(text: string): string | undefined;
  load(): Document;
}

const SITES: SiteCase[] = [
  {
    site: 'gmail thread (sender name attribute, subject heading)',
    load: () => loadFixture('gmail', 'synthetic_2026-11_thread.html', GMAIL_URL.href),
    plant(doc, text) {
      const sender = doc.querySelector('.h7 .gD')!;
      sender.setAttribute('name', text);
      doc.querySelector('h2.hP')!.textContent = text;
      return (p) => p.email === sender.getAttribute('email');
    },
    detect: (doc) => gmailAdapter.detect(doc, GMAIL_URL).context,
  },
  {
    site: 'google calendar event popup (guest name, title)',
    load: () => loadFixture('google-calendar', 'synthetic_2026-11_event-popup.html', CALENDAR_URL.href),
    plant(doc, text) {
      doc.querySelector('[data-email="ana.ruiz@northwind.com"] span')!.textContent = text;
      doc.querySelector('[role=heading]')!.textContent = text;
      return (p) => p.email === 'ana.ruiz@northwind.com';
    },
    detect: (doc) => googleCalendarAdapter.detect(doc, CALENDAR_URL).context,
  },
  {
    site: 'outlook reading pane (sender persona, subject)',
    load: () => loadFixture('outlook', 'synthetic_2026-11_reading-pane.html', OUTLOOK_URL.href),
    plant(doc, text) {
      doc.querySelector('.OZZZK')!.textContent = `${text}<l.hoffmann@contoso-pharma.com>`;
      const subject = doc.querySelector('[role=heading] span')!;
      subject.setAttribute('title', text);
      subject.textContent = text;
      return (p) => p.email === 'l.hoffmann@contoso-pharma.com';
    },
    detect: (doc) => outlookAdapter.detect(doc, OUTLOOK_URL).context,
    // "Name" <address>: one pair of quotes around the name is the format's, not the name's.
    expectedName: (text) => asCarried(asCarried(text)?.replace(/^["']|["']$/g, '') ?? ''),
  },
  {
    site: 'outlook calendar event peek (attendee shown by name, title)',
    load: () => loadFixture('outlook', 'synthetic_2026-11_calendar-peek.html', OUTLOOK_PEEK_URL.href),
    plant(doc, text) {
      const attendee = doc.querySelector('[aria-label="Oliver Hughes"]') ?? doc.querySelector('[data-planted]')!;
      attendee.setAttribute('data-planted', '');
      attendee.setAttribute('aria-label', text);
      attendee.firstElementChild!.textContent = text;
      doc.querySelector('[role=dialog] [role=heading]')!.textContent = text;
      return (p) => !p.email;
    },
    detect: (doc) => outlookAdapter.detect(doc, OUTLOOK_PEEK_URL).context,
    // The chip's label is "Name, Role"; a name with no text before its first comma is read from the chip's text.
    expectedName: (text) => asCarried(text.split(',')[0]!) ?? asCarried(text),
  },
];

function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

describe('site adapters read hostile names and subjects as text', () => {
  it.each(SITES)('$site', (site) => {
    let checks = 0;
    const failures: string[] = [];
    // One page per site, its name and subject overwritten for each string, as a single-page app would.
    const doc = site.load();
    for (const hostile of HOSTILE_STRINGS) {
      const isPlanted = site.plant(doc, hostile.value);
      const before = elementCount(doc);
      const context = site.detect(doc);
      const person = context?.people.find(isPlanted);
      const expectedName = site.expectedName ? site.expectedName(hostile.value) : asCarried(hostile.value);
      const label = `${hostile.category}: ${JSON.stringify(hostile.value.slice(0, 60))}`;
      if (!context) failures.push(`${label}: no context`);
      else {
        if (context.subject !== asCarried(hostile.value))
          failures.push(`${label}: subject ${JSON.stringify(context.subject?.slice(0, 60))}`);
        if (person?.name !== expectedName)
          failures.push(`${label}: name ${JSON.stringify(person?.name?.slice(0, 60))}`);
        // The background takes it as it is: nothing the page shows makes the report unacceptable.
        if (!v.is(pageContext, context)) failures.push(`${label}: refused by the page-context schema`);
      }
      if (elementCount(doc) !== before) failures.push(`${label}: the adapter changed the page`);
      checks++;
    }
    expect(failures).toEqual([]);
    countFigure('hostile string × surface checks', checks);
  });

  it('address-shaped hostile strings are carried as the page shows them, or not taken as addresses', () => {
    for (const hostile of HOSTILE_ADDRESSES) {
      const doc = SITES[0]!.load();
      const sender = doc.querySelector('.h7 .gD')!;
      for (const el of doc.querySelectorAll(`[email="${sender.getAttribute('email')}"]`))
        el.setAttribute('email', hostile.value);
      const before = elementCount(doc);
      const context = gmailAdapter.detect(doc, GMAIL_URL).context!;
      const emails = context.people.map((p) => p.email);
      // An address is passed on verbatim (the background normalizes); one that is not address-shaped is not an address.
      if (emails.includes(hostile.value.trim())) expect(v.is(pageContext, context)).toBe(true);
      else expect(emails.some((e) => e && hostile.value.includes(e) && e !== hostile.value)).toBe(false);
      expect(elementCount(doc)).toBe(before);
    }
    countFigure('hostile string × surface checks', HOSTILE_ADDRESSES.length);
  });
});

it('counts the corpus and this surface', () => {
  expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(200);
  setFigure('hostile strings', HOSTILE_STRINGS.length + HOSTILE_ADDRESSES.length);
  countFigure('surfaces', 1);
});
