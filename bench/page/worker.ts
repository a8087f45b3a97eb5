// What the bench runs inside the extension's service worker, on its own IndexedDB: each design beside the version it replaced.
export { openLensDb } from '../../utils/background/db/open';
export { dbDirectory, loadDirectoryIndex } from '../../utils/background/db/lookup';
export { exportPage } from '../../utils/background/db/export-page';
export { resolvePeople } from '../../utils/shared/match/resolve';
export { packagedDomainData, useDomainData } from '../../utils/shared/match/domains';
export { cursorExportPage } from '../baseline/cursor-export-page';
