import type { Site } from '../model';
import { gmailAdapter } from './gmail';
import { googleCalendarAdapter } from './google-calendar';
import type { SiteAdapter } from './types';

/** Every site adapter, by site. Tests use this; each content script imports only its own adapter. */
export const ADAPTERS: Partial<Record<Site, SiteAdapter>> = {
  gmail: gmailAdapter,
  'google-calendar': googleCalendarAdapter,
};
