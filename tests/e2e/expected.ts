/** What the issues require, written out once for the browser and manifest tests (not read from the code under test). */
export const EXPECTED_HOSTS = [
  'https://mail.google.com/*',
  'https://calendar.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];
export const EXPECTED_PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications'];
/** Chrome only: its service worker writes the scheduled backup's file through an offscreen document. */
export const EXPECTED_CHROME_ONLY_PERMISSIONS = ['offscreen'];
/** Asked for at run time, only when the user switches on the scheduled backup. */
export const EXPECTED_OPTIONAL_PERMISSIONS = ['downloads'];
