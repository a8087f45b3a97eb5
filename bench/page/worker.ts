// What the bench runs inside the extension's service worker, on its own IndexedDB: each design beside the version it replaced.
export { openLensDb } from '../../utils/db/open';
export { dbDirectory, loadDirectoryIndex } from '../../utils/db/lookup';
export { exportPage } from '../../utils/db/export-page';
export { resolvePeople } from '../../utils/match/resolve';
export { cursorExportPage } from '../baseline/cursor-export-page';
