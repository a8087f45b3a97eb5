import type { Anchor } from '../selectors';

/*
 * Google Calendar's DOM anchors, newest first. The x*In / xDetDlg* ids,
 * data-eventid, data-email and body[data-viewfamily] have lasted since the
 * 2017 redesign; aria-label texts are localized and serve only as hints.
 */

export const SIGNED_IN_ACCOUNT: readonly Anchor[] = [
  { name: 'banner-account-label', selector: 'header[role=banner] a[aria-label*="@"]', seen: '2024-11' },
];

export const EVENT_POPUP: readonly Anchor[] = [
  { name: 'details-dialog', selector: '#xDetDlg[data-eventid]', seen: '2025-01' },
  { name: 'chips-dialog', selector: '[role=dialog][data-chips-dialog=true]', seen: '2024-06' },
];

export const POPUP_GUEST: readonly Anchor[] = [
  { name: 'guest-data-email', selector: '#xDetDlgAtt [data-email]', seen: '2025-01' },
  { name: 'guest-hovercard', selector: '#xDetDlgAtt [data-hovercard-id]', seen: '2024-01' },
];

/** The popup's date and time line, e.g. "Thursday, December 3 ⋅ 3:00 – 4:00pm" (DOM-FACTS-2026, B). */
export const POPUP_WHEN: readonly Anchor[] = [{ name: 'when-xDetDlgWhen', selector: '#xDetDlgWhen', seen: '2025-01' }];

/** The top bar, whose text names the month and year shown ("November 2026", "Dec 2026 – Jan 2027"). */
export const CALENDAR_HEADER: readonly Anchor[] = [
  { name: 'header-banner', selector: 'header[role=banner]', seen: '2024-11' },
];

export const EDIT_PAGE = 'body[data-viewfamily=EVENT_EDIT]';

export const EDIT_GUEST: readonly Anchor[] = [
  { name: 'guest-key-email', selector: 'div[key][data-email]', seen: '2023-06' },
  { name: 'guest-data-email', selector: '[data-email]', seen: '2023-06' },
];

export const EDIT_TITLE: readonly Anchor[] = [
  { name: 'title-xTiIn', selector: '#xTiIn input', seen: '2022-01' },
  { name: 'title-aria', selector: 'input[aria-label="Title" i], input[aria-label*="title" i]', seen: '2023-06' },
];

/**
 * The title field's aria-label in the page's language ("Title", and "Add title" on a new event), for a page
 * without #xTiIn: Calendar localizes the label, so the English one above finds nothing on a German page.
 */
const EDIT_TITLE_LABELS: Record<string, readonly string[]> = {
  de: ['Titel', 'Titel hinzufügen'],
  fr: ['Titre', 'Ajouter un titre'],
  es: ['Título', 'Añade un título'],
  ja: ['タイトル', 'タイトルを追加'],
};

/**
 * The title anchors for a page in `language`: #xTiIn first, then the label in that language, then in English.
 * `seen` is the English label's: the translations are Calendar's words, not observed on the live site.
 */
export function editTitleAnchors(language: string): readonly Anchor[] {
  const labels = EDIT_TITLE_LABELS[language];
  if (!labels) return EDIT_TITLE;
  const selector = labels.map((label) => `input[aria-label="${label}" i]`).join(', ');
  return [EDIT_TITLE[0]!, { name: `title-aria-${language}`, selector, seen: '2023-06' }, ...EDIT_TITLE.slice(1)];
}

/** The calendar picker on the edit page carries the owner's address, base64-encoded. */
export const CALENDAR_OWNER: readonly Anchor[] = [
  { name: 'owner-picker', selector: '#xCalSel [data-calendar-id], #xCalOwn [data-calendar-id]', seen: '2022-01' },
  { name: 'owner-any', selector: '[data-calendar-id]', seen: '2022-01' },
];

/** Calendar's own controls the sidebar must leave visible. */
export const CALENDAR_FRAME_AVOID: readonly Anchor[] = [
  { name: 'top-bar', selector: 'header[role=banner]', seen: '2024-11' },
];
