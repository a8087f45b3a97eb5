import { render } from 'preact';
import type { PopupApi } from '../../components/popup/api';
import { PopupApp } from '../../components/popup/PopupApp';
import { backgroundClient } from '../../utils/protocol/client';
import { openWelcome } from '../../utils/pages/open-welcome';
import { applyThemeSetting, getSettings } from '../../utils/settings/settings';
import { startUiLanguage } from '../../utils/pages/ui-language';

/** The toolbar popup (also usable opened as a page: it reads the active tab of the last-focused normal window). */
const api: PopupApi = {
  background: backgroundClient<'popup'>(),
  settings: getSettings,
  now: () => new Date(),
  openWelcome,
};

// The interface's language is known before the first render, so no text changes under the user's eyes.
await startUiLanguage();
render(<PopupApp api={api} />, document.getElementById('app')!);
void applyThemeSetting();
