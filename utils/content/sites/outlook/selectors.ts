import type { Anchor } from '../selectors';

/*
 * Outlook on the web's DOM anchors, newest first. Class names are CSS-in-JS
 * hashes that change with builds; ids (ReadingPaneContainerId, docking_*,
 * O365_MainLink_Me), data-app-section, data-testid, data-convid and roles have
 * lasted. aria-label texts are localized: hints only, with order as fallback.
 */

export const SELF_ADDRESS: readonly Anchor[] = [
  { name: 'left-rail-account', selector: '#LeftRail [title*="@"]', seen: '2025-05' },
  {
    name: 'header-account',
    selector: '#O365_HeaderRightRegion [title*="@"], #O365_HeaderRightRegion [aria-label*="@"]',
    seen: '2024-01',
  },
];
export const SELF_NAME: readonly Anchor[] = [
  { name: 'me-control-name', selector: '#O365_MainLink_Me span', seen: '2025-05' },
];

export const READING_PANE: readonly Anchor[] = [
  { name: 'conversation-pane', selector: '#ConversationReadingPaneContainer', seen: '2024-01' },
  { name: 'item-pane', selector: '#ItemReadingPaneContainer', seen: '2025-05' },
  { name: 'reading-pane', selector: '#ReadingPaneContainerId', seen: '2025-05' },
];

/** Persona hover targets: the sender's shows "Name<addr>" as text. */
export const PERSONA: readonly Anchor[] = [
  { name: 'persona-dialog-button', selector: '[role=button][aria-haspopup=dialog]', seen: '2025-05' },
  { name: 'persona-hover-target', selector: '.lpcCommonWeb-hoverTarget', seen: '2025-05' },
];

/** Each To / Cc / Bcc line of the reading pane's recipient well. */
export const RECIPIENT_WELL: readonly Anchor[] = [
  { name: 'well-edit-line', selector: '[data-testid=RecipientWell] [role=edit]', seen: '2025-05' },
  { name: 'well', selector: '[data-testid=RecipientWell]', seen: '2025-05' },
];
export const RECIPIENT_ENTITY = '._EType_RECIPIENT_ENTITY';
export const SUBJECT: readonly Anchor[] = [
  { name: 'subject-heading', selector: '[role=heading] span[title]', seen: '2025-05' },
];
/** Each expanded item's sent time, "Tue 11/24/2026 10:42 AM" (2025-05 capture, read-A): one per item of a conversation. */
export const SENT_TIME = '[data-testid=SentReceivedSavedTime]';

export const MESSAGE_BODY = '[id^=UniqueMessageBody], [role=document]';

export const COMPOSE_ROOT: readonly Anchor[] = [
  { name: 'docked-compose', selector: '[id^=docking_InitVisiblePart_]', seen: '2025-05' },
  { name: 'popout-compose', selector: '[data-app-section=Form_Content]', seen: '2023-01' },
];
/** Recipient fields: multi-line editable boxes that are not the message body editor. */
export const COMPOSE_WELL = 'div[role=textbox][contenteditable=true][aria-label]';
export const COMPOSE_BODY = '[id^=editorParent_]';
export const MAIL_SUBJECT = 'input[type=text][autocomplete=off]';
/** A compose's Send button (OWA-SNAP write-A, 2025-05); the aria-label is localized, the test id is not. */
export const SEND_BUTTON: readonly Anchor[] = [
  { name: 'compose-send-testid', selector: '[data-testid=ComposeSendButton]', seen: '2025-05' },
];

export const LIST_ROW: readonly Anchor[] = [
  { name: 'conversation-row', selector: '[role=option][data-convid]', seen: '2025-05' },
];

/*
 * The calendar. Sources and trust grades (A: checked live and dated; B: working code with dated commits)
 * are in DOM-FACTS-2026, "Outlook on the web: calendar"; the fixtures name the facts each one rests on.
 */

/**
 * The event peek. It is not a dialog (A, 2026-04 ARIA snapshot; A, verified live 2026-09 on
 * outlook.cloud.microsoft): its root is `CalendarItemPeek` (B, 2022-12 to 2026), mounted in the Fluent
 * layer host (B, 2023).
 */
export const EVENT_PEEK: readonly Anchor[] = [
  {
    name: 'item-peek-in-layer',
    selector: '#fluent-default-layer-host [data-app-section=CalendarItemPeek]',
    seen: '2026-09',
  },
  { name: 'item-peek', selector: '[data-app-section=CalendarItemPeek]', seen: '2026-04' },
];
/**
 * How the peek was read before: a dialog in the layer host, from the documented behaviour with no
 * capture. Outlook keeps an empty, zero-height dialog mounted at all times (2026), so a dialog counts
 * only with a heading or a person in it.
 */
export const LEGACY_PEEK: readonly Anchor[] = [
  { name: 'layer-dialog', selector: '#fluent-default-layer-host [role=dialog]', seen: '2024-06' },
];

/** The full event view opened over the calendar (B); later builds show it at /calendar/item/<id>. */
export const FULL_EVENT: readonly Anchor[] = [
  {
    name: 'modal-reading-pane',
    selector: '.ms-Modal-scrollableContent [data-app-section=ReadingPane]',
    seen: '2023-10',
  },
  { name: 'dialog-reading-pane', selector: '.ms-Dialog-main [data-app-section=ReadingPane]', seen: '2022-12' },
];

/** Creating or editing an event; not a dialog (B, 2023 to 2026). */
export const EVENT_COMPOSE: readonly Anchor[] = [
  { name: 'calendar-compose', selector: '[data-app-section=CalendarCompose]', seen: '2026-01' },
  { name: 'calendar-compose-id', selector: '[id^=EVENT_CalendarCompose]', seen: '2026-01' },
];
export const COMPOSE_SUBJECT = '[id$=_SUBJECT] input';
export const COMPOSE_DATETIME = '[id$=_DATETIME]';
/** The event compose's attendees well (B; the label is English), else any recipient-style box. */
export const ATTENDEE_WELL: readonly Anchor[] = [
  {
    name: 'invite-attendees',
    selector: '[contenteditable=true][aria-label="Invite required attendees"]',
    seen: '2026-01',
  },
  { name: 'textbox-well', selector: COMPOSE_WELL, seen: '2025-05' },
];

/**
 * People in the 2026 peek (A): a `span[role=button]` labelled "Opens card for NAME", twice per person
 * (initials and name), with no address anywhere; a guest with no display name is labelled with the address.
 */
export const CARD_PERSONA: readonly Anchor[] = [
  { name: 'opens-card', selector: 'span[role=button][aria-label]', seen: '2026-04' },
];
/** English: other languages are read from the button's own text (see calendar-people.ts). */
export const CARD_LABEL_PREFIX = /^Opens card for\s+/i;

/** The time line: "Tue 4/14/2026 9:00 AM - 9:30 AM" (A; the label B); the 2022 full view marks its rows by icon. */
export const EVENT_TIME = '[aria-label=Time]';
export const EVENT_TIME_ICON = 'i[data-icon-name=ClockRegular]';
export const EVENT_TITLE = '[aria-label=Title]';
export const EVENT_LOCATION = '[aria-label=Location]';
/** The body: the peek's is undocumented; the full view's is `UniqueMessageBody_` (B, 2024-25) or the 2022 description row. */
export const EVENT_BODY = '[id^=UniqueMessageBody_], [role=document]';
export const EVENT_BODY_ICON = 'i[data-icon-name=TextboxRegular]';

/** Grid tiles: a `[data-calitemid]` wrapper (the Exchange item id) around a labelled button (A/B, 2022 to 2026). */
export const EVENT_TILE: readonly Anchor[] = [
  { name: 'calitemid-tile', selector: '[data-calitemid]', seen: '2026-04' },
];
/** A day column of the grid: `data-column-date="YYYY-MM-DD"`. */
export const TILE_DAY = '[data-column-date]';

/** The reading pane (the rightmost column of mail), which narrows to make room for the expanded sidebar. */
export const OUTLOOK_MAIL_VIEW: readonly Anchor[] = [
  { name: 'reading-pane', selector: '[role=main][data-app-section=MailReadCompose]', seen: '2025-05' },
];

/** Outlook's own controls the sidebar must leave visible. */
export const OUTLOOK_FRAME_AVOID: readonly Anchor[] = [
  { name: 'suite-header', selector: '#o365header, #O365_NavHeader', seen: '2025-05' },
  { name: 'ribbon', selector: '[data-app-section=Ribbon]', seen: '2025-05' },
  {
    name: 'reading-commands',
    selector: '[data-app-section=MailReadCompose] [role=toolbar], [data-app-section=MailReadCompose] [role=menubar]',
    seen: '2025-05',
  },
];
