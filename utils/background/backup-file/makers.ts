import type { LensDB } from '../db/schema';
import type { BackupFileMaker } from '../scheduled-backup/run';
import { makeBackupFile } from './make-file';

/** The offscreen document's page (entrypoints/offscreen/), built for Chrome only. */
const OFFSCREEN_PAGE = 'offscreen.html';

/**
 * Chrome: the service worker cannot make a blob URL, and a data URL of a whole book is far over what the
 * downloads API takes, so an offscreen document makes the file (`utils/background/backup-file/offscreen-document.ts`).
 * It lives until the download ends, since the blob URL ends with it, and reports to the worker by request.
 */
export function offscreenFileMaker(): BackupFileMaker {
  const documentUrl = chrome.runtime.getURL(OFFSCREEN_PAGE);
  const isOpen = async () =>
    (
      await chrome.runtime.getContexts({
        contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
        documentUrls: [documentUrl],
      })
    ).length > 0;
  const close = async () => {
    if (await isOpen()) await chrome.offscreen.closeDocument();
  };
  return {
    async make() {
      // A document left by an earlier backup would never ask for this one.
      await close();
      await chrome.offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['BLOBS' as chrome.offscreen.Reason],
        justification: 'Writes the scheduled backup file, and keeps it while it downloads.',
      });
      return null;
    },
    making: isOpen,
    release: close,
  };
}

/** Firefox: its background is an event page, which can make a blob URL itself. */
export function inPlaceFileMaker(db: () => Promise<LensDB>): BackupFileMaker {
  let url: string | null = null;
  let making = false;
  return {
    async make(job) {
      making = true;
      try {
        const report = await makeBackupFile(db, job);
        if ('url' in report) url = report.url;
        return report;
      } finally {
        making = false;
      }
    },
    making: async () => making,
    async release() {
      if (url) URL.revokeObjectURL(url);
      url = null;
    },
  };
}
