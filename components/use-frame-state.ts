import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabAccounts } from '../utils/protocol/wire';
import { DEFAULT_SETTINGS, type Settings } from '../utils/shared/settings-shape';
import type { FrameApi } from './frame-services';
import { loadErrorText } from './LoadError';
import { useActions } from './use-actions';

/**
 * The state every frame shown in a page keeps: the tab's data (pushed by the
 * background, or fetched), settings, the host's theme, and its actions
 * (`useActions`), which fetch again after each one.
 */
export function useFrameState(api: FrameApi<'sidebar'> | FrameApi<'briefing'>) {
  const [data, setData] = useState<TabAccounts | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);

  // Loads and pushes can overlap: only the newest may set what the frame shows, so a slow earlier load
  // never brings back the page before.
  const newest = useRef(0);
  const reload = async () => {
    const mine = ++newest.current;
    try {
      const [next, loaded] = await Promise.all([api.background.getTabAccounts({}), api.settings()]);
      // Settings are read only here, so they always apply; the tab's data only if nothing newer came since.
      setSettings(loaded);
      if (mine !== newest.current) return;
      setData(next);
      setError(null);
    } catch (failure) {
      if (mine === newest.current) setError(loadErrorText(failure));
    }
  };
  useEffect(() => {
    void reload();
    // A push carries the tab's new data whole, so it also ends a failed load.
    return api.onChange((pushed) => {
      if (!pushed) return void reload();
      newest.current++;
      setData(pushed);
      setError(null);
    });
  }, []);

  const theme = data?.context?.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? '';
  }, [theme]);

  const { toast, act, closeToast } = useActions(reload);
  return { data, settings, error, retry: reload, toast, act, closeToast };
}
