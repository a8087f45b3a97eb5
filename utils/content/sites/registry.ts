import type { Site } from '../../shared/model';
import { gmailAdapter } from './gmail';
import { googleCalendarAdapter } from './google-calendar';
import { outlookAdapter } from './outlook';
import type { SiteAdapter } from './types';

/** Every site adapter, by site. Tests use this; each content script imports only its own adapter. */
export const ADAPTERS: Record<Site, SiteAdapter> = {
  gmail: gmailAdapter,
  'google-calendar': googleCalendarAdapter,
  outlook: outlookAdapter,
};
