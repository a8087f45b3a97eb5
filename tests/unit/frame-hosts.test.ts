// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountBriefingFrame } from '../../utils/content/briefing-host';
import { mountSidebarFrame } from '../../utils/content/sidebar-host';
import type { SiteAdapter } from '../../utils/content/sites/types';
import { SIDEBAR_WIDTH } from '../../utils/background/frame-layout';
import { pushEnvelope, type PushMap } from '../../utils/protocol/wire';

/*
 * The content script places its frames after every scan of the page. A scan that changed nothing must not
 * read layout (getBoundingClientRect forces the page to lay out) or write styles: that is the content
 * script's cost on a busy mail page.
 */

let controller: AbortController;
beforeEach(() => void (controller = new AbortController()));
afterEach(() => controller.abort());

const adapter = (overrides: Partial<SiteAdapter> = {}): SiteAdapter => ({
  site: 'gmail',
  relevantSelector: '[role=main]',
  detect: () => ({ context: null, misses: [] }),
  frameAvoid: (doc) => [...doc.querySelectorAll('header')],
  roomFor: (doc) => doc.querySelector<HTMLElement>('[role=main]'),
  ...overrides,
});

async function pushLayout(layout: PushMap['frameLayout']): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(
    pushEnvelope('frameLayout', layout),
    { id: fakeBrowser.runtime.id },
    () => undefined,
  );
}

function page(): void {
  document.body.replaceChildren();
  document.body.append(
    document.createElement('header'),
    Object.assign(document.createElement('div'), { role: 'main' }),
  );
  document.body.lastElementChild!.setAttribute('role', 'main');
}

describe('placing the sidebar', () => {
  it('reads layout when the layout, the window or the controls to avoid change, and never on an idle scan', async () => {
    page();
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const sidebar = mountSidebarFrame(adapter(), controller.signal);
    await pushLayout({ frame: 'sidebar', state: 'expanded', width: SIDEBAR_WIDTH, height: 0 });
    const afterLayout = measure.mock.calls.length;
    expect(afterLayout).toBeGreaterThan(0);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document, { subtree: true, attributes: true });
    for (let scan = 0; scan < 5; scan++) sidebar.place();
    await Promise.resolve();
    expect(measure.mock.calls.length).toBe(afterLayout);
    expect(writes).toEqual([]);

    window.dispatchEvent(new Event('resize'));
    expect(measure.mock.calls.length).toBeGreaterThan(afterLayout);
    const afterResize = measure.mock.calls.length;
    // The app replaced its header: the new one is measured.
    document.querySelector('header')!.replaceWith(document.createElement('header'));
    sidebar.place();
    expect(measure.mock.calls.length).toBeGreaterThan(afterResize);
    observer.disconnect();
  });
});

describe('the briefing card', () => {
  it('is not loaded on a page that shows no events', () => {
    page();
    const briefing = mountBriefingFrame(adapter(), controller.signal);
    briefing.place();
    expect(briefing.element).toBeUndefined();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('writes no style on a scan that changed nothing', async () => {
    page();
    const dialog = document.body.appendChild(document.createElement('div'));
    const briefing = mountBriefingFrame(
      adapter({ showsEvents: () => true, briefingAnchor: () => dialog }),
      controller.signal,
    );
    await pushLayout({ frame: 'briefing', state: 'expanded', width: 0, height: 360 });
    expect(briefing.element!.parentElement).toBe(dialog);
    expect(briefing.element!.style.height).toBe('360px');
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(briefing.element!, { attributes: true });
    for (let scan = 0; scan < 5; scan++) briefing.place();
    await Promise.resolve();
    observer.disconnect();
    expect(writes).toEqual([]);
  });
});
