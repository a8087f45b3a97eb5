import { signal } from '@preact/signals';
import type { DetectionMissCount } from '../../../utils/protocol/messaging';
import type { Settings } from '../../../utils/shared/settings-shape';
import type { OptionsApi } from '../api';

/** The settings as read when the page opened (null until then), and what the page readers could not find. */
export function createSettingsState(api: OptionsApi) {
  const current = signal<Settings | null>(null);
  const misses = signal<DetectionMissCount[]>([]);
  return {
    current,
    misses,
    start() {
      void api.settings().then((settings) => (current.value = settings));
      void api.background.getDetectionReport(null).then((report) => (misses.value = report));
    },
  };
}
export type SettingsState = ReturnType<typeof createSettingsState>;
