import { render } from 'preact';
import type { BriefingApi } from '../../components/briefing/api';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { cachedSettings, subscribeToTab } from '../../utils/pages/frame-client';
import { backgroundClient } from '../../utils/protocol/client';

/** The briefing frame: an extension page inside the calendar event, fed only by the background. */
const api: BriefingApi = {
  background: backgroundClient<'briefing'>(),
  settings: cachedSettings,
  onChange: subscribeToTab,
  now: () => new Date(),
};

render(<BriefingApp api={api} />, document.getElementById('app')!);
