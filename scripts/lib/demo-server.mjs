// An HTTPS server that answers for the real mail and calendar hostnames, so
// the built extension runs on local pages exactly as it would on the sites.
// Chromium reaches it through --host-resolver-rules (see browser.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_HOSTS = [
  'mail.google.com',
  'calendar.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

/** A throwaway self-signed certificate for the site hostnames (Chromium is told to accept it). */
function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'account-lens-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const san = SITE_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '7',
      '-subj',
      '/CN=account-lens-demo',
      '-addext',
      `subjectAltName=${san}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Starts the server on a free loopback port. `pages` maps a hostname to the
 * HTML served for every path on it; `setPage` swaps a page while running.
 * @param {Record<string, string>} pages
 */
export async function startDemoServer(pages = {}) {
  const current = { ...pages };
  const server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const html = current[host];
    if (req.url === '/favicon.ico' || html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not part of the demo.');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    /** @param {string} host @param {string} html */
    setPage(host, html) {
      current[host] = html;
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
