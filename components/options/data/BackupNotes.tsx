/**
 * How safe the data is: a scheduled backup that was not written, a reminder once the last backup is a month
 * old, and whether the browser keeps the data under pressure.
 */
export function BackupNotes({
  lastBackupDays,
  backupFailure,
  persisted,
}: {
  lastBackupDays: number | null;
  backupFailure: string | null;
  persisted: boolean | null;
}) {
  return (
    <>
      {backupFailure && (
        <p role="alert" class="warn-box" data-testid="backup-failure">
          {backupFailure}
        </p>
      )}
      {lastBackupDays !== null && lastBackupDays > 30 && (
        <p role="alert" class="warn-box" data-testid="backup-reminder">
          Your last backup is {lastBackupDays} days old. Uninstalling the extension deletes its data: back up now.
        </p>
      )}
      {lastBackupDays === null && <p class="muted">No backup yet. Uninstalling the extension deletes its data.</p>}
      {persisted !== null && (
        <p class="muted" data-testid="storage-persisted">
          {persisted
            ? 'Storage is persistent: the browser will not clear your data to free space. Uninstalling the extension still deletes it.'
            : 'The browser did not grant persistent storage. Chrome still keeps the data of an extension with unlimited storage, as Account Lens has, when space runs low; other browsers may not. Back up regularly.'}
        </p>
      )}
    </>
  );
}
