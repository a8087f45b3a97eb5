// What the bench runs inside an extension page: the seeded generator, and the options page's own backup code.
export { FULL_SCALE, scaled, syntheticPortfolio, withBusyAccount } from '../../utils/shared/demo/synthetic';
export { importRecords, readAllRecords } from '../../utils/pages/backup-client';
export { buildAccountView } from '../../utils/shared/insights/account-view';
