import { writeScheduledBackup } from '../../utils/background/backup-file/offscreen-document';
import { openLensDb } from '../../utils/background/db/open';
import { backgroundClient } from '../../utils/protocol/client';

/** Chrome's offscreen document, created by the worker for one scheduled backup: writes its file, then waits to be closed. */
void writeScheduledBackup(backgroundClient<'offscreen'>(), () => openLensDb());
