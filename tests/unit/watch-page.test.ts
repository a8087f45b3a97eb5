import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../utils/content/watch-page';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import type { Detection } from '../../utils/content/sites/types';
import { FIXTURES } from './fixture-loader';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(delayMs = 5) {
  const html = readFileSync(join(FIXTURES, 'gmail', 'synthetic_2026-11_thread.html'), 'utf8');
  const dom = new JSDOM(html, { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB' });
  const reports: Detection[] = [];
  // jsdom's event targets accept only its own AbortSignal.
  const controller = new dom.window.AbortController();
  let reads = 0;
  const adapter = {
    ...gmailAdapter,
    detect: (...args: Parameters<typeof gmailAdapter.detect>) => (reads++, gmailAdapter.detect(...args)),
  };
  watchPage({
    adapter,
    report: (d) => reports.push(d),
    signal: controller.signal,
    win: dom.window as unknown as Window,
    delayMs,
  });
  return { dom, doc: dom.window.document, reports, controller, reads: () => reads };
}

describe('watchPage', () => {
  it('reports the page once on start, and not again while nothing changes', async () => {
    const { reports, reads } = setup();
    await sleep(30);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.context!.subject).toBe('Renewal terms for 2027');
    await sleep(30);
    expect(reads()).toBe(1);
  });

  it('ignores mutations outside what the adapter reads, without re-reading the page', async () => {
    const { doc, reports, reads } = setup();
    await sleep(20);
    doc.querySelector('.toolbar')!.append(doc.createElement('span'));
    doc.querySelector('nav')!.append(doc.createElement('div'));
    await sleep(20);
    expect(reads()).toBe(1);
    expect(reports).toHaveLength(1);
  });

  it('reports again after a single-page switch to another thread', async () => {
    const { dom, doc, reports } = setup();
    await sleep(20);
    const heading = doc.querySelector('h2.hP')!;
    const replacement = heading.cloneNode(true) as Element;
    replacement.setAttribute('data-thread-perm-id', 'thread-f:2');
    replacement.textContent = 'Another thread';
    heading.replaceWith(replacement);
    dom.window.location.hash = '#inbox/FMfcgzAnotherThreadTokenXYZ';
    await vi.waitFor(() =>
      expect(reports.map((r) => r.context?.subject)).toEqual(['Renewal terms for 2027', 'Another thread']),
    );
  });

  it('reports when an address is typed into a compose field', async () => {
    const { dom, doc, reports } = setup();
    await sleep(20);
    const form = doc.createElement('div');
    form.className = 'M9';
    const field = doc.createElement('div');
    field.setAttribute('name', 'to');
    const input = doc.createElement('input');
    field.append(input);
    form.append(field);
    doc.body.append(form);
    await sleep(20);
    input.value = 'jonas@fabrikam.io';
    input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    await vi.waitFor(() =>
      expect(reports.at(-1)!.context).toMatchObject({
        view: 'compose',
        people: [{ email: 'jonas@fabrikam.io', role: 'to' }],
      }),
    );
  });

  it('reads the first change after a quiet spell at once, and a busy page at most once per interval', async () => {
    const { dom, doc, reads, reports } = setup(1000);
    await vi.waitFor(() => expect(reads()).toBe(1));
    // Quiet for longer than the interval: the next change is read in the next task, not an interval later.
    await sleep(1100);
    const switchThread = (subject: string, id: string) => {
      const heading = doc.querySelector('h2.hP')!;
      const replacement = heading.cloneNode(true) as Element;
      replacement.setAttribute('data-thread-perm-id', id);
      replacement.textContent = subject;
      heading.replaceWith(replacement);
    };
    const changedAt = dom.window.performance.now();
    switchThread('Second thread', 'thread-f:2');
    await vi.waitFor(() => expect(reports.at(-1)!.context!.subject).toBe('Second thread'), { timeout: 500 });
    expect(dom.window.performance.now() - changedAt).toBeLessThan(500);
    // A change right after: read once the interval since the last read is over, with whatever came meanwhile.
    switchThread('Third thread', 'thread-f:3');
    switchThread('Fourth thread', 'thread-f:4');
    await sleep(300);
    expect(reads()).toBe(2);
    await vi.waitFor(() => expect(reports.at(-1)!.context!.subject).toBe('Fourth thread'), { timeout: 2000 });
    expect(reads()).toBe(3);
  });

  it('stops completely when aborted', async () => {
    const { doc, reports, controller, reads } = setup();
    await sleep(20);
    controller.abort();
    doc.querySelector('h2.hP')!.remove();
    await sleep(20);
    expect(reports).toHaveLength(1);
    expect(reads()).toBe(1);
  });

  it('turns an adapter crash into a counted miss, never an exception in the page', async () => {
    const dom = new JSDOM('<body></body>', { url: 'https://mail.google.com/mail/u/0/' });
    const reports: Detection[] = [];
    const adapter = {
      ...gmailAdapter,
      detect: () => {
        throw new Error('boom');
      },
    };
    watchPage({
      adapter,
      report: (d) => reports.push(d),
      signal: new dom.window.AbortController().signal,
      win: dom.window as unknown as Window,
      delayMs: 1,
    });
    await sleep(20);
    expect(reports).toEqual([{ context: null, misses: [{ view: 'unknown', part: 'adapter-error' }] }]);
  });
});
