/** Failures a user or caller can act on; their messages are shown as they are. */
export type LensErrorCode =
  | 'invalid' // the data has the wrong shape or values
  | 'forbidden' // this context may not send this message
  | 'not-found'
  | 'conflict' // clashes with another record, or changed since
  | 'duplicate' // this email or meeting is already logged
  | 'storage'; // the database failed (quota, blocked upgrade, newer schema)

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
