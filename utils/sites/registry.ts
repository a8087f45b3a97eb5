import type { Site } from '../model';
import { gmailAdapter } from './gmail';
import type { SiteAdapter } from './types';

/** Every site adapter, by site. Tests use this; each content script imports only its own adapter. */
export const ADAPTERS: Partial<Record<Site, SiteAdapter>> = {
  gmail: gmailAdapter,
};
