import type { BackupFailure } from '../../shared/backup-failure';
import { daysBetween, toLocalDate } from '../../shared/dates';
import type { MatchExclusion } from '../../shared/match/exclusions';
import { backupFailureItem, backupFileName, lastBackupItem, type BackupSchedule } from '../../settings/last-backup';
import { downloadFailureReason } from './download-reasons';
import { pendingBackupItem, type BackupFileReport, type BackupJob, type PendingBackup } from './pending';

/** Backups on schedule go into this folder of the downloads folder. */
export const SCHEDULED_BACKUP_FOLDER = 'Account Lens backups';

const INTERVAL_DAYS: Record<Exclude<BackupSchedule, 'off'>, number> = { daily: 1, weekly: 7 };

/** A file not made after this long never will be: whatever was making it is gone, with its report. */
export const MAKING_TIMEOUT_MS = 10 * 60_000;

/** A download as the browser reports it. */
export interface DownloadStatus {
  id: number;
  state: 'in_progress' | 'complete' | 'interrupted';
  /** Why it was interrupted (the browser's `InterruptReason`). */
  error?: string;
}

/** Makes the file: in Chrome an offscreen document (a service worker cannot make a blob URL), in Firefox the background page. */
export interface BackupFileMaker {
  /** Starts making the file: resolves with its report, or with null when the report comes later, through `fileMade`. */
  make(job: BackupJob): Promise<BackupFileReport | null>;
  /** Whether a file is being made now: a woken worker asks, about a file an earlier one started. */
  making(): Promise<boolean>;
  /** Lets the file go once it is written or given up (its blob URL ends with it). */
  release(): Promise<void>;
}

export interface ScheduledBackupPorts {
  schedule: () => Promise<BackupSchedule>;
  /** The optional `downloads` permission, which the user grants when switching the schedule on. */
  mayDownload: () => Promise<boolean>;
  /** The "not this account" exclusions, which backups carry too. */
  exclusions: () => Promise<MatchExclusion[]>;
  file: BackupFileMaker;
  /** Starts saving `url` into the downloads folder as `path`, without asking where; resolves with the download's id. */
  download: (url: string, path: string) => Promise<number>;
  /** A download by its id, or by its URL while the id is not saved yet; null when the browser has no such download. */
  findDownload: (ref: { id?: number; url: string }) => Promise<DownloadStatus | null>;
  /** Tells the user that a scheduled backup failed; null: there is no failure to tell any more. */
  announce: (failure: BackupFailure | null) => Promise<void>;
}

export type ScheduledBackupOutcome = 'off' | 'not-due' | 'pending' | 'started' | 'saved' | 'failed';

const NO_PERMISSION =
  'Account Lens no longer has the permission to save files to your downloads folder (switch the scheduled backup off and on again to give it)';

/**
 * The scheduled backup. `run` is called when the daily alarm fires, at start-up, and when the schedule
 * changes: when the last backup is a day or a week old, it makes the file and starts its download. The
 * backup counts (`lastBackupAt`, which also quiets the 30-day reminder) only once the download is complete;
 * an interrupted download, one that never started, or a file that could not be made is a failure, kept for
 * the options page and the toolbar button and announced, and tried again the next day.
 *
 * The file is reported through `fileMade` and the download's end through `downloadChanged`, each of which
 * may come to a worker other than the one that started it; `reconcile` (at every worker start) settles what
 * happened while none was running. All of them run one at a time.
 */
export function createScheduledBackup(ports: ScheduledBackupPorts, now: () => Date = () => new Date()) {
  const inOrder = serial();

  const finish = async (at: string, failure: BackupFailure | null) => {
    // A backup made by hand while this one downloaded is newer: the last backup never moves back.
    const last = await lastBackupItem.getValue();
    if (!failure && (!last || Date.parse(last) < Date.parse(at))) await lastBackupItem.setValue(at);
    await backupFailureItem.setValue(failure);
    // Cleared last: a worker stopped before this point settles the same backup again, with the same result.
    await pendingBackupItem.setValue(null);
    await ports.file.release().catch(() => undefined);
    await ports.announce(failure);
  };
  const fail = (pending: PendingBackup, reason: string) => finish(pending.at, { at: pending.at, reason });

  /** Brings a pending backup up to date: complete, failed, or still under way. */
  const settle = async (pending: PendingBackup): Promise<void> => {
    const { download } = pending;
    if (!download) {
      const recent = now().getTime() - Date.parse(pending.at) < MAKING_TIMEOUT_MS;
      if (recent && (await ports.file.making())) return;
      return fail(pending, 'Account Lens was stopped before the file was made');
    }
    const found = await ports.findDownload(download);
    if (!found)
      return fail(
        pending,
        download.id === undefined ? 'the download did not start' : "the download is gone from the browser's downloads",
      );
    if (found.state === 'complete') return finish(pending.at, null);
    if (found.state === 'interrupted') return fail(pending, downloadFailureReason(found.error));
    if (download.id === undefined)
      await pendingBackupItem.setValue({ ...pending, download: { ...download, id: found.id } });
  };

  const fileMade = async (report: BackupFileReport): Promise<void> => {
    const pending = await pendingBackupItem.getValue();
    // Another backup's report, or one already heard (a report the stopped worker may have missed is sent again).
    if (!pending || pending.at !== report.at || pending.download) return;
    if ('failure' in report) return fail(pending, `the file could not be made (${report.failure})`);
    await pendingBackupItem.setValue({ ...pending, download: { url: report.url } });
    let id: number;
    try {
      id = await ports.download(report.url, `${SCHEDULED_BACKUP_FOLDER}/${backupFileName(new Date(pending.at))}`);
    } catch (error) {
      return fail(pending, `the download did not start (${messageOf(error)})`);
    }
    const downloading = { ...pending, download: { url: report.url, id } };
    await pendingBackupItem.setValue(downloading);
    // A small file can be complete before its id was saved, its event heard by no one: look once.
    await settle(downloading);
  };

  const dropPending = async () => {
    await pendingBackupItem.setValue(null);
    await ports.file.release().catch(() => undefined);
  };
  /** Switched off: nothing is pending, and no failure is told any more. */
  const stop = async () => {
    if (await pendingBackupItem.getValue()) await dropPending();
    if (await backupFailureItem.getValue()) {
      await backupFailureItem.setValue(null);
      await ports.announce(null);
    }
  };

  const reconcile = async () => {
    const pending = await pendingBackupItem.getValue();
    if (!pending) return;
    // Without the permission nothing can be learnt of the download, nor another one started.
    if (await ports.mayDownload()) await settle(pending);
    else await dropPending();
  };

  /** Saved within the interval, or failed today: a failure is tried again the next day, not at every alarm. */
  const isDue = async (schedule: Exclude<BackupSchedule, 'off'>, today: string) => {
    const [last, failure] = await Promise.all([lastBackupItem.getValue(), backupFailureItem.getValue()]);
    if (last && daysBetween(toLocalDate(last), today) < INTERVAL_DAYS[schedule]) return false;
    return !failure || toLocalDate(failure.at) !== today;
  };

  const run = async (): Promise<ScheduledBackupOutcome> => {
    const schedule = await ports.schedule();
    if (schedule === 'off') return (await stop(), 'off');
    await reconcile();
    if (await pendingBackupItem.getValue()) return 'pending';
    const at = now();
    if (!(await isDue(schedule, toLocalDate(at)))) return 'not-due';
    const job: BackupJob = { at: at.toISOString(), exclusions: await ports.exclusions() };
    if (!(await ports.mayDownload())) return (await fail(job, NO_PERMISSION), 'failed');
    await pendingBackupItem.setValue({ at: job.at });
    const report = await ports.file.make(job).catch((error: unknown) => ({ at: job.at, failure: messageOf(error) }));
    if (report) await fileMade(report);
    if (await pendingBackupItem.getValue()) return 'started';
    return (await lastBackupItem.getValue()) === job.at ? 'saved' : 'failed';
  };

  return {
    run: () => inOrder(run),
    /** What the file maker is to write: the pending backup not yet made; null when there is none. */
    job: async (): Promise<BackupJob | null> => {
      const pending = await pendingBackupItem.getValue();
      return pending && !pending.download ? { at: pending.at, exclusions: await ports.exclusions() } : null;
    },
    fileMade: (report: BackupFileReport) => inOrder(() => fileMade(report)),
    /** A download's state changed to complete or interrupted; a download not ours is ignored. */
    downloadChanged: (id: number) =>
      inOrder(async () => {
        const pending = await pendingBackupItem.getValue();
        if (pending?.download?.id === id) await settle(pending);
      }),
    reconcile: () => inOrder(reconcile),
  };
}
export type ScheduledBackup = ReturnType<typeof createScheduledBackup>;

/** Runs tasks one after another, in call order, whatever each one's outcome. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
