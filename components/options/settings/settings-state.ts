import { signal } from '@preact/signals';
import type { DetectionMissCount } from '../../../utils/protocol/messaging';
import type { Settings } from '../../../utils/shared/settings-shape';
import type { OptionsApi } from '../api';

/** The settings as read when the page opened (null until then), and what the page readers could not find. */
export function createSettingsState(api: OptionsApi) {
  const current = signal<Settings | null>(null);
  const misses = signal<DetectionMissCount[]>([]);
  /** Bumped when a part of the page other than the settings form saved settings, so the form starts again from them. */
  const revision = signal(0);
  return {
    current,
    misses,
    revision,
    start() {
      void api.settings().then((settings) => (current.value = settings));
      void api.background.getDetectionReport(null).then((report) => (misses.value = report));
    },
    /** Saves settings changed outside the settings form (the welcome page's addresses and domains). */
    async save(next: Settings) {
      await api.saveSettings(next);
      current.value = next;
      revision.value++;
    },
  };
}
export type SettingsState = ReturnType<typeof createSettingsState>;
