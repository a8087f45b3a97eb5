import type { LensDB } from '../db/schema';
import type { BackupFileReport, BackupJob } from '../scheduled-backup/pending';
import { buildBackupBlob } from './build';

/** Reads the book into the backup file and gives it a blob URL to download from; a failure is reported, never thrown. */
export async function makeBackupFile(db: () => Promise<LensDB>, job: BackupJob): Promise<BackupFileReport> {
  try {
    const { blob, records } = await buildBackupBlob(await db(), new Date(job.at), job.exclusions);
    return { at: job.at, url: URL.createObjectURL(blob), bytes: blob.size, records };
  } catch (error) {
    return { at: job.at, failure: error instanceof Error ? error.message : String(error) };
  }
}
