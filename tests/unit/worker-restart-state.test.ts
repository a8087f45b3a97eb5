import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionTabFrames } from '../../utils/background/tab-contexts';
import { createReporter } from '../../utils/content/report';
import { RequestFailed, STOPPED_MESSAGE, STOPPED_WRITE_MESSAGE } from '../../utils/protocol/wire';

const stopped = () => new RequestFailed('stopped', STOPPED_WRITE_MESSAGE);

beforeEach(() => fakeBrowser.reset());

describe('the frames of each tab', () => {
  it('are still known to a worker started after a stop (a new registry over the same session storage)', async () => {
    const before = sessionTabFrames(fakeBrowser.storage.session);
    await before.add(7, 2);
    await before.add(7, 3);
    await before.add(8, 1);
    const after = sessionTabFrames(fakeBrowser.storage.session);
    expect(await after.of(7)).toEqual([2, 3]);
    await after.drop(7, 2);
    expect(await sessionTabFrames(fakeBrowser.storage.session).of(7)).toEqual([3]);
    await after.drop(8);
    expect(await sessionTabFrames(fakeBrowser.storage.session).of(8)).toEqual([]);
  });
});

describe('page reports', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const page = (subject: string) => ({ context: { site: 'gmail' as const, view: 'thread', people: [], subject } });

  it('are sent again when the worker stopped before answering, until one is heard', async () => {
    const heard: string[] = [];
    let failures = 2;
    const send = createReporter(async (r) => {
      if (failures-- > 0) throw stopped();
      heard.push(r.context!.subject!);
    }, new AbortController().signal);
    send(page('A'));
    await vi.runAllTimersAsync();
    expect(heard).toEqual(['A']);
  });

  it('give way to a newer report, and stop with the page', async () => {
    const tried: string[] = [];
    const page2 = new AbortController();
    const send = createReporter(async (r) => {
      tried.push(r.context!.subject!);
      throw stopped();
    }, page2.signal);
    send(page('old'));
    send(page('new'));
    await vi.advanceTimersByTimeAsync(300);
    expect(tried).toEqual(['old', 'new', 'new']);
    page2.abort();
    await vi.runAllTimersAsync();
    expect(tried).toEqual(['old', 'new', 'new']);
  });

  it.each([
    ['refused them', new RequestFailed('invalid', 'Invalid "reportPageContext" request')],
    // Told apart by its code, not its words: a fault worded like a stop is still a fault.
    ['failed in storage', new RequestFailed('storage', STOPPED_MESSAGE)],
  ])('are not sent again when the background %s', async (_, failure) => {
    let sends = 0;
    const send = createReporter(async () => {
      sends++;
      throw failure;
    }, new AbortController().signal);
    send(page('A'));
    await vi.runAllTimersAsync();
    expect(sends).toBe(1);
  });
});
