import { formatShortDate, toLocalDate } from './dates';
import type { Timestamp } from './model';

/** A scheduled backup that was not written: when it was taken, and why it failed (completing "was not written: …"). */
export interface BackupFailure {
  at: Timestamp;
  reason: string;
}

/** What the options page, the notification and the toolbar button's tooltip tell the user. */
export function backupFailureText(failure: BackupFailure, now: Date, locale?: string): string {
  const day = formatShortDate(toLocalDate(failure.at), toLocalDate(now), locale);
  return `The scheduled backup of ${day} was not written: ${failure.reason}. Your data is unchanged. Try Back up now.`;
}
