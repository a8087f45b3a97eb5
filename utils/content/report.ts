import { RequestFailed, type PageReport } from '../protocol/wire';

/** Waits before each retry: the first message wakes a stopped worker, which may take a moment to answer. */
const RETRY_DELAYS_MS = [250, 1_000, 3_000];

/**
 * Sends page reports to the background, trying a failed one again: a report cut off by a worker stop would
 * otherwise be lost, and the sidebar would keep showing the previous page until the next change. A newer
 * report supersedes one still waiting to be retried; retries end with the page (`signal`).
 */
export function createReporter(
  send: (report: PageReport) => Promise<unknown>,
  signal: AbortSignal,
  delays = RETRY_DELAYS_MS,
) {
  let latest = 0;
  return (report: PageReport): void => {
    const mine = ++latest;
    const current = () => mine === latest && !signal.aborted;
    const attempt = async (tries: number): Promise<void> => {
      try {
        await send(report);
      } catch (error) {
        // Only a report the stopped worker never answered is worth sending again; a refusal would be refused again.
        const cutOff = error instanceof RequestFailed && error.code === 'stopped';
        if (cutOff && tries < delays.length && current())
          setTimeout(() => current() && void attempt(tries + 1), delays[tries]);
      }
    };
    void attempt(0);
  };
}
