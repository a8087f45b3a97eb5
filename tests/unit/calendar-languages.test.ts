import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';
import { readPopupStart } from '../../utils/content/sites/google-calendar/when';
import { cleanText, textLines } from '../../utils/content/sites/common';
import { FIXTURES, loadFixture } from './fixture-loader';

/**
 * Google Calendar in German, French, Spanish and Japanese: each view's localized fixture
 * (synthetic_2026-12_<view>-<lang>.html, written by scripts/calendar-l10n-fixtures.mjs) is its English
 * fixture with the words translated, and must be read the same way.
 */
const LANGUAGES = ['de', 'fr', 'es', 'ja'] as const;
const VIEWS = {
  'event-popup': 'synthetic_2026-11_event-popup',
  'event-popup-one-off': 'synthetic_2026-12_event-popup-one-off',
  'event-edit': 'synthetic_2026-11_event-edit',
  'eventedit-details-tab-2022': 'real_jidesha_2022-01_eventedit-details-tab_with-location',
} as const;
type View = keyof typeof VIEWS;
const POPUPS: View[] = ['event-popup', 'event-popup-one-off'];
const SYNTHETIC: View[] = [...POPUPS, 'event-edit'];

/** Attributes whose words change with the language; everything else must stay as in the English page. */
const WORDED = new Set(['aria-label', 'data-tooltip', 'title', 'placeholder', 'data-placeholder', 'alt', 'value']);

const localized = (view: View, lang: string) => `synthetic_2026-12_${view}-${lang}`;
const expected = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, 'google-calendar', `${name}.expected.json`), 'utf8')) as {
    url: string;
    context: { start?: string };
  };
const load = (name: string) => {
  const { url } = expected(name);
  const doc = loadFixture('google-calendar', `${name}.html`, url);
  return { doc, url: new URL(url) };
};
const cases = (views: View[]) => views.flatMap((view) => LANGUAGES.map((lang) => [view, lang] as const));

/** The body's elements with their attributes, leaving out the worded ones. */
function skeleton(doc: Document): string[] {
  return [...doc.body.querySelectorAll('*')].map((element) =>
    [
      element.tagName,
      ...[...element.attributes].filter((a) => !WORDED.has(a.name)).map((a) => `${a.name}=${a.value}`),
    ].join(' '),
  );
}

describe('google calendar in other languages', () => {
  it.each(cases(Object.keys(VIEWS) as View[]))('%s in %s: its English page translated', (view, lang) => {
    const { doc } = load(localized(view, lang));
    const english = load(VIEWS[view]).doc;
    expect(doc.documentElement.lang).toBe(lang);
    expect(skeleton(doc)).toEqual(skeleton(english));
    // The words did change: no page keeps the English one's labels.
    const labels = (d: Document) => [...d.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    expect(labels(doc)).not.toEqual(labels(english));
    expect(expected(localized(view, lang))).toEqual(expected(VIEWS[view]));
  });

  it.each([...SYNTHETIC.map((view) => [view, 'en'] as const), ...cases(SYNTHETIC)])(
    '%s in %s: the organizer is told apart by the word on its row',
    (view, lang) => {
      const { doc, url } = load(lang === 'en' ? VIEWS[view] : localized(view, lang));
      // The organizer is the user in these pages, and the user is left out: forget who the user is.
      doc.querySelectorAll('header[role=banner] a[aria-label], [data-calendar-id]').forEach((e) => e.remove());
      const people = googleCalendarAdapter.detect(doc, url).context!.people;
      expect(people.filter((p) => p.role === 'organizer').map((p) => p.email)).toEqual(['alex.morgan@mycompany.com']);
      expect(people.filter((p) => p.role === 'guest').length).toBeGreaterThan(1);
    },
  );

  it.each(cases(POPUPS))("%s in %s: the date and time line alone gives the event's start", (view, lang) => {
    const { doc, url } = load(localized(view, lang));
    const line = cleanText(textLines(doc.querySelector('#xDetDlgWhen')!).join(' · '));
    expect(readPopupStart(line, doc, url)).toBe(expected(VIEWS[view]).context.start);
  });

  it.each(['en', ...LANGUAGES])('event-edit in %s: the title is found by its label when #xTiIn is gone', (lang) => {
    const { doc, url } = load(lang === 'en' ? VIEWS['event-edit'] : localized('event-edit', lang));
    doc.querySelector('#xTiIn')!.removeAttribute('id');
    expect(googleCalendarAdapter.detect(doc, url)).toEqual({
      context: expect.objectContaining({ subject: 'Contoso renewal: remediation plan' }),
      misses: [],
    });
  });

  it("reads a title label only in the page's own language (or English)", () => {
    const { doc, url } = load(localized('event-edit', 'fr'));
    doc.querySelector('#xTiIn')!.removeAttribute('id');
    doc.querySelector('input[aria-label="Titre"]')!.setAttribute('aria-label', 'Titel');
    expect(googleCalendarAdapter.detect(doc, url).misses).toEqual([{ view: 'event-edit', part: 'title' }]);
  });

  it('knows the organizer among sub-labels and in an aria-label separated by 、', () => {
    const { doc, url } = load(localized('event-popup-one-off', 'ja'));
    doc.querySelector('header[role=banner] a[aria-label]')!.remove();
    const row = doc.querySelector('[data-hovercard-id="alex.morgan@mycompany.com"]')!;
    row.setAttribute('aria-label', 'Alex Morgan、参加、主催者');
    row.lastElementChild!.remove();
    const organizer = () =>
      googleCalendarAdapter.detect(doc, url).context!.people.find((p) => p.email === 'alex.morgan@mycompany.com');
    expect(organizer()!.role).toBe('organizer');
    // A guest named like the word is still a guest: only the parts after the name count.
    row.setAttribute('aria-label', '主催者 Alex、参加');
    expect(organizer()!.role).toBe('guest');
  });
});
