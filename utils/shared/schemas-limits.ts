/** Limits on what a content script may report; shared by adapters (which clip) and the background (which refuses). */
export const PAGE_TEXT_MAX = 1_000;
export const PAGE_PEOPLE_MAX = 200;
/** Messages of one thread a page report may list. */
export const PAGE_MESSAGES_MAX = 100;
