/** Failures a user or caller can act on; their messages are shown as they are. */
export type LensErrorCode =
  | 'invalid' // the data has the wrong shape or values
  | 'forbidden' // this context may not send this message
  | 'not-found'
  | 'conflict' // clashes with another record, or changed since
  | 'duplicate' // this email or meeting is already logged
  | 'quota' // the browser has no storage space left for the extension
  | 'storage'; // the database failed (blocked upgrade, newer schema)

export class LensError extends Error {
  constructor(
    readonly code: LensErrorCode,
    message: string,
    /** Extra plain data for the UI, e.g. the id of the record that already exists. */
    readonly detail?: Record<string, string>,
  ) {
    super(message);
    this.name = 'LensError';
  }
}

/** Storage is full. Browsers raise it at a write or, more often, as the reason a transaction aborted at commit. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

export const QUOTA_MESSAGE =
  'Storage is full, so this was not saved and nothing was changed. Free some disk space, or back up and delete records you no longer need, then try again.';
