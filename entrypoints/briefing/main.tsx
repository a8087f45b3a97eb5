import { render } from 'preact';
import type { BriefingApi } from '../../components/briefing/api';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { cachedSettings, subscribeToTab } from '../../utils/pages/frame-client';
import { request } from '../../utils/protocol/messaging';

/** The briefing frame: an extension page inside the calendar event, fed only by the background. */
let lastHeight = -1;
const api: BriefingApi = {
  load: () => request('getTabAccounts', {}),
  saveAll: (records) => request('saveRecords', { records }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  openSidebar: async () => void (await request('setSidebarState', { state: 'expanded' })),
  resize(height) {
    // A parked (hidden) card has no layout and measures 0: only a shown card sets the height.
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    request('setFrameHeight', { frame: 'briefing', height: Math.min(height, 4000) }).catch(() => undefined);
  },
  settings: cachedSettings,
  onChange: subscribeToTab,
  now: () => new Date(),
};

render(<BriefingApp api={api} />, document.getElementById('app')!);
