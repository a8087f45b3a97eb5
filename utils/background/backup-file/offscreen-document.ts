import type { BackgroundClient } from '../../protocol/api';
import type { LensDB } from '../db/schema';
import { makeBackupFile } from './make-file';

/** Waits before each new try of a request the worker did not answer (it may have been stopped meanwhile). */
const RETRY_DELAYS_MS = [250, 1000, 3000];

/**
 * The offscreen document's one job, in Chrome: asks the worker which backup to write, writes it (reading
 * the database itself, page by page: same origin, and no message carries the book), and reports the
 * file's blob URL, which lives as long as this document. Both requests are tried again if unanswered: the
 * report is what wakes a worker stopped while the file was made, and the worker ignores a repeated one.
 */
export async function writeScheduledBackup(
  background: BackgroundClient<'offscreen'>,
  db: () => Promise<LensDB>,
): Promise<void> {
  const job = await retried(() => background.scheduledBackupJob(null));
  if (!job) return;
  const report = await makeBackupFile(db, job);
  await retried(() => background.scheduledBackupFile(report));
}

async function retried<T>(task: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await task();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return task();
}
