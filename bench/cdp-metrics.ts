/** CPU time a page's renderer spent, from the DevTools protocol's `Performance.getMetrics` (which reports seconds). */
export interface CpuUse {
  /** Running JavaScript, content scripts included. */
  scriptMs: number;
  /** Every task on the main thread: scripts, style, layout, paint. */
  taskMs: number;
}

export type Metric = { name: string; value: number };

function value(metrics: Metric[], name: string): number {
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`No "${name}" in the page's metrics.`);
  return found.value;
}

/** CPU used between two readings of the same page's metrics, in ms. */
export function cpuBetween(before: Metric[], after: Metric[]): CpuUse {
  const delta = (name: string) => (value(after, name) - value(before, name)) * 1000;
  return { scriptMs: delta('ScriptDuration'), taskMs: delta('TaskDuration') };
}

/** What the extension adds: the same page and window, with it minus without it. */
export function extensionCost(withExtension: CpuUse, without: CpuUse): CpuUse {
  return { scriptMs: withExtension.scriptMs - without.scriptMs, taskMs: withExtension.taskMs - without.taskMs };
}
