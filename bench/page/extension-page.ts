// What the bench runs inside an extension page: the seeded generator, and the options page's own backup code.
export { FULL_SCALE, scaled, syntheticPortfolio, withBusyAccount } from '../../utils/demo/synthetic';
export { importRecords, readAllRecords } from '../../utils/io/backup-client';
export { buildAccountView } from '../../utils/insights/account-view';
