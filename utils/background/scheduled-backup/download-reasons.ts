/**
 * Why a download stopped, in words that complete "The scheduled backup of 1 Dec was not written: …". The
 * codes are the browsers' `InterruptReason`s (Chrome's list; Firefox reports a subset of the same names).
 */
export function downloadFailureReason(code: string | undefined): string {
  if (code === 'USER_CANCELED') return 'the download was cancelled';
  if (code === 'FILE_NO_SPACE') return 'the disk is full';
  if (code === 'FILE_ACCESS_DENIED') return 'the browser may not write to your downloads folder';
  if (code === 'USER_SHUTDOWN' || code === 'CRASH') return 'the browser closed before the file was saved';
  if (code?.startsWith('FILE_')) return 'the file could not be saved to your downloads folder';
  // The file is read from the extension's own memory: a "network" failure means the browser lost it.
  if (code?.startsWith('NETWORK_') || code?.startsWith('SERVER_'))
    return 'the browser could not read the file it was saving';
  return `the download stopped${code ? ` (${code})` : ''}`;
}
