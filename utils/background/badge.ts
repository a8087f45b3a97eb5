/**
 * The toolbar button's badge and tooltip: the count of overdue tasks, and "!" after it while a scheduled
 * backup has failed, with the tooltip saying which (a badge has room for a few characters only).
 */
export function badgeFace(overdue: string, backupFailure: string | null): { text: string; title: string } {
  return backupFailure
    ? { text: `${overdue}!`, title: `Account Lens: ${backupFailure}` }
    : { text: overdue, title: 'Account Lens' };
}
