/**
 * The one "now" of the browser tests. Chromium runs with its clock pinned here (libfaketime, see
 * scripts/lib/browser.mjs), so the demo book the extension builds, the dates the tests type and the
 * dated fixture pages all agree, whatever the real date: Thursday 26 November 2026, 17:00 UTC, an hour
 * after the Northwind QBR of the Google Calendar fixtures (15:00-16:00) and a week before the Outlook
 * calendar fixture's meeting (3 December, 10:00).
 */
export const TEST_NOW = new Date('2026-11-26T17:00:00.000Z');
