// What the full-scale backup test runs inside an extension page: the bench's seeded generator, and the
// database's own bulk write, so the whole book goes into the extension's IndexedDB (same origin) at once.
export { FULL_SCALE, syntheticPortfolio } from '../../utils/shared/demo/synthetic';
export { openLensDb } from '../../utils/background/db/open';
export { writeRecordSet } from '../../utils/background/db/bulk';
