import type { Anchor } from '../selectors';

/*
 * Gmail's DOM anchors, newest first. Obfuscated class names (gD, g2, vR…)
 * churn; attributes (email, name, data-hovercard-id, data-*-id, name=to) have
 * lasted for years, so they come first. Sources: InboxSDK's gmail driver,
 * gmail.js, and captured pages (see the project's DOM notes).
 */

export const SIGNED_IN_ACCOUNT: readonly Anchor[] = [
  { name: 'banner-account-label', selector: 'header[role=banner] a[aria-label*="@"]', seen: '2024-11' },
  { name: 'banner-any-label', selector: 'header[role=banner] [aria-label*="@"]', seen: '2024-11' },
];

export const THREAD_SUBJECT: readonly Anchor[] = [
  { name: 'perm-id-heading', selector: 'h2[data-thread-perm-id]', seen: '2023-11' },
  { name: 'legacy-id-heading', selector: 'h2[data-legacy-thread-id]', seen: '2019-06' },
];

export const THREAD_ROOT: readonly Anchor[] = [
  { name: 'thread-2023', selector: '.a98.iY', seen: '2023-11' },
  { name: 'thread-iY', selector: 'div.iY', seen: '2017-06' },
  { name: 'main', selector: '[role=main]', seen: '2014-12' },
];

export const MESSAGE: readonly Anchor[] = [
  { name: 'message-sync-id', selector: '[data-message-id]', seen: '2023-11' },
  { name: 'message-legacy-id', selector: '[data-legacy-message-id]', seen: '2019-06' },
];

/** Sender of one message, inside the message element. */
export const SENDER: readonly Anchor[] = [
  { name: 'sender-header-attr', selector: 'h3.iw [email], td.gF [email], .gD[email]', seen: '2025-01' },
  { name: 'sender-hovercard', selector: 'h3 [data-hovercard-id], .gD[data-hovercard-id]', seen: '2025-01' },
  { name: 'sender-avatar', selector: 'img.ajn[data-hovercard-id]', seen: '2019-01' },
];

/** The To summary line of an expanded message. */
export const RECIPIENT_SUMMARY: readonly Anchor[] = [{ name: 'to-line', selector: 'span.hb [email]', seen: '2025-01' }];

/** The open "show details" dropdown with every recipient. */
export const DETAILS_DROPDOWN: readonly Anchor[] = [{ name: 'details-ajC', selector: '.ajC', seen: '2023-11' }];

export const MESSAGE_BODY: readonly Anchor[] = [
  { name: 'body-a3s', selector: 'div.a3s', seen: '2025-01' },
  { name: 'body-ii', selector: 'div.ii.gt', seen: '2019-01' },
];

/** A compose: the pop-up, the inline reply and the full-screen one all hold a subject box or a recipient field. */
export const COMPOSE_ROOT: readonly Anchor[] = [
  { name: 'compose-M9', selector: '.M9', seen: '2023-11' },
  { name: 'compose-form', selector: 'form', seen: '2021-10' },
  { name: 'compose-dialog', selector: '[role=dialog]', seen: '2021-10' },
];
/** The body editor of a compose: Gmail marks its editor `g_editable`; the role and contenteditable are structure. */
export const COMPOSE_BODY: readonly Anchor[] = [
  { name: 'g-editable', selector: '[g_editable=true][contenteditable=true]', seen: '2025-05' },
  { name: 'textbox-editable', selector: 'div[role=textbox][contenteditable=true]', seen: '2026-11' },
  { name: 'classic-editable', selector: 'div.editable[contenteditable=true]', seen: '2019-06' },
];
export const COMPOSE_SUBJECT = 'input[name=subjectbox]';
/**
 * A compose's Send button (not its "more send options" arrow, which opens a menu): the `aoO` class on the
 * role=button (`.T-I.J-J5-Ji.aoO.T-I-atl.L3` in public test code, undated, not in the DOM facts); else its
 * tooltip, "Send (Ctrl-Enter)", whose text is English. Not verified live: the fixtures are hand-built.
 */
export const SEND_BUTTON: readonly Anchor[] = [
  { name: 'send-aoO', selector: '[role=button].aoO:not([aria-haspopup=true])', seen: 'undated' },
  { name: 'send-tooltip', selector: '[role=button][data-tooltip^="Send"]:not([aria-haspopup=true])', seen: 'undated' },
];
export const COMPOSE_MARKER = 'input[name=subjectbox], div[name=to], textarea[name=to], input[name=to]';

/** Recipient chips, per field (`to`, `cc`, `bcc`). */
export const chipAnchors = (field: string): readonly Anchor[] => [
  { name: 'chip-peoplekit', selector: `div[name=${field}] [role=option][data-hovercard-id]`, seen: '2021-10' },
  { name: 'chip-classic', selector: `.vR input[type=hidden][name=${field}]`, seen: '2018-11' },
];
/** Text typed in a recipient field that is not a chip yet. */
export const typedAnchors = (field: string): readonly Anchor[] => [
  { name: 'typed-peoplekit', selector: `div[name=${field}] input`, seen: '2021-10' },
  { name: 'typed-classic', selector: `textarea[name=${field}], input[type=text][name=${field}]`, seen: '2018-11' },
];
/** The read-only summary shown when the recipient fields are collapsed. */
export const COLLAPSED_RECIPIENTS: readonly Anchor[] = [
  { name: 'summary-aoD', selector: '.aoD [email], .aoD [data-hovercard-id]', seen: '2023-01' },
];

export const LIST_ROW: readonly Anchor[] = [{ name: 'row-zA', selector: 'tr.zA', seen: '2014-12' }];
export const ROW_THREAD_ID: readonly Anchor[] = [
  { name: 'row-thread-id', selector: '[data-thread-id]', seen: '2019-06' },
  { name: 'row-legacy-thread-id', selector: '[data-legacy-thread-id]', seen: '2019-06' },
];

/** The mail view (thread or list), which narrows to make room for the expanded sidebar. */
export const GMAIL_MAIL_VIEW: readonly Anchor[] = [{ name: 'main', selector: '[role=main]', seen: '2024-11' }];

/** Gmail's own controls the sidebar must leave visible. */
export const GMAIL_FRAME_AVOID: readonly Anchor[] = [
  { name: 'top-bar', selector: 'header[role=banner]', seen: '2024-11' },
  { name: 'side-panel-rail', selector: '[role=complementary]', seen: '2024-11' },
  { name: 'reply-buttons', selector: '.amn > *', seen: '2023-11' },
];
