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
export const MESSAGE_BODY = '[id^=UniqueMessageBody], [role=document]';

export const COMPOSE_ROOT: readonly Anchor[] = [
  { name: 'docked-compose', selector: '[id^=docking_InitVisiblePart_]', seen: '2025-05' },
  { name: 'popout-compose', selector: '[data-app-section=Form_Content]', seen: '2023-01' },
];
/** Recipient fields: multi-line editable boxes that are not the message body editor. */
export const COMPOSE_WELL = 'div[role=textbox][contenteditable=true][aria-label]';
export const COMPOSE_BODY = '[id^=editorParent_]';

export const LIST_ROW: readonly Anchor[] = [
  { name: 'conversation-row', selector: '[role=option][data-convid]', seen: '2025-05' },
];

export const EVENT_PEEK: readonly Anchor[] = [
  { name: 'layer-dialog', selector: '#fluent-default-layer-host [role=dialog]', seen: '2024-06' },
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
