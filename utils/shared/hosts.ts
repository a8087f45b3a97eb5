/** The mail and calendar hosts: content scripts, frames and host permissions cover these and nothing else. */
export const CONTENT_HOSTS = [
  'mail.google.com',
  'calendar.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;

export const CONTENT_MATCHES = CONTENT_HOSTS.map((host) => `https://${host}/*`);

export const OUTLOOK_MATCHES = CONTENT_HOSTS.filter((host) => host.startsWith('outlook.')).map(
  (host) => `https://${host}/*`,
);
