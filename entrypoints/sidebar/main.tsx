import { render } from 'preact';
import type { SidebarApi } from '../../components/sidebar/api';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { cachedSettings, subscribeToTab } from '../../utils/pages/frame-client';
import { openWelcome } from '../../utils/pages/open-welcome';
import { privateThreads } from '../../utils/pages/private-threads';
import { backgroundClient } from '../../utils/protocol/client';
import { getTemplates, watchTemplates } from '../../utils/settings/templates';
import { startUiLanguage } from '../../utils/pages/ui-language';

/** The sidebar frame: an extension page inside the mail page, fed only by the background. */
const api: SidebarApi = {
  background: backgroundClient<'sidebar'>(),
  settings: cachedSettings,
  onChange: subscribeToTab,
  now: () => new Date(),
  openWelcome,
  templates: { get: getTemplates, watch: watchTemplates },
  privateThreads,
};

// The interface's language is known before the first render, so no text changes under the user's eyes.
await startUiLanguage(cachedSettings);
render(<SidebarApp api={api} />, document.getElementById('app')!);
