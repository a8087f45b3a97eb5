import type { SaveRecordRequest } from '../../../utils/protocol/messaging';

/** What the account page's record sections share. */

/** Saves one changed record of the account (an issue resolved, a task done); the page shows `text` with Undo. */
export type SaveChange = (request: SaveRecordRequest, text: string) => void;

/** The stored record behind a shown one (shown ones carry computed fields such as an age). */
export const stored = <T extends { id: string }>(records: T[], id: string) => records.find((r) => r.id === id)!;

/** "24 Nov 2026", in the reader's language. */
export const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
