import { render } from 'preact';
import type { BriefingApi } from '../../components/briefing/api';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { cachedSettings, subscribeToTab } from '../../utils/pages/frame-client';
import { backgroundClient } from '../../utils/protocol/client';
import { startUiLanguage } from '../../utils/pages/ui-language';

/** The briefing frame: an extension page inside the calendar event, fed only by the background. */
const api: BriefingApi = {
  background: backgroundClient<'briefing'>(),
  settings: cachedSettings,
  onChange: subscribeToTab,
  now: () => new Date(),
};

// The interface's language is known before the first render, so no text changes under the user's eyes.
await startUiLanguage(cachedSettings);
render(<BriefingApp api={api} />, document.getElementById('app')!);
