// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyThemeSetting, DEFAULT_SETTINGS, settingsItem } from '../../utils/settings/settings';

describe('theme setting for the options page and the popup', () => {
  it('follows the system by default, and applies a chosen theme at once', async () => {
    const root = document.createElement('html');
    await applyThemeSetting(root);
    expect(root.dataset.theme).toBe('');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await new Promise((r) => setTimeout(r, 0));
    expect(root.dataset.theme).toBe('dark');
  });
});
