import { storage } from 'wxt/utils/storage';
import type { DetectionMissCount } from '../protocol/wire';
import type { Site } from '../shared/model';
import type { DetectionMiss } from '../protocol/wire';

/** Counts of what the site adapters could not find, by site, view and part. No addresses, names or subjects. */
export interface DetectionMissLog {
  record(site: Site, misses: DetectionMiss[]): Promise<void>;
  report(): Promise<DetectionMissCount[]>;
}

const missesItem = storage.defineItem<Record<string, DetectionMissCount>>('local:detectionMisses', {
  fallback: {},
  version: 1,
});

export function storedMissLog(now: () => Date = () => new Date()): DetectionMissLog {
  return {
    async record(site, misses) {
      const counts = { ...(await missesItem.getValue()) };
      for (const { view, part } of misses) {
        const key = `${site}/${view}/${part}`;
        const seen = counts[key];
        counts[key] = { site, view, part, count: (seen?.count ?? 0) + 1, lastSeen: now().toISOString() };
      }
      await missesItem.setValue(counts);
    },
    async report() {
      return Object.values(await missesItem.getValue()).sort((a, b) => b.count - a.count);
    },
  };
}
