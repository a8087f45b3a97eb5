/** The User Timing name of the last page resolution in the background (shown in DevTools, read by the bench). */
export const RESOLVE_MEASURE = 'account-lens:resolve';

/**
 * Times one resolution of a page's people on the worker's own clock. Only the
 * latest measure is kept, so a long-lived worker does not accumulate entries.
 */
export async function timedResolution<T>(people: number, resolve: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await resolve();
  performance.clearMeasures(RESOLVE_MEASURE);
  performance.measure(RESOLVE_MEASURE, { start, end: performance.now(), detail: { people } });
  return result;
}
