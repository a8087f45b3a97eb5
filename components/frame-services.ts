import type { BackgroundClient } from '../utils/protocol/api';
import type { CallerKind, TabAccounts } from '../utils/protocol/wire';
import type { Settings } from '../utils/settings/settings';

/**
 * What a UI surface needs from the extension: `background`, one method per request it may make (derived from
 * the request definitions), and what only the page knows. The entrypoint wires them; tests pass their own.
 */
export interface SurfaceApi<C extends CallerKind> {
  background: BackgroundClient<C>;
  settings(): Promise<Settings>;
  now(): Date;
}

/** A frame shown in a page: its data is pushed by the background when the page or the records change. */
export interface FrameApi<C extends 'sidebar' | 'briefing'> extends SurfaceApi<C> {
  /** Calls back when the tab's page, the records or the settings change, with the new data when the background sent it; returns the unsubscribe function. */
  onChange(callback: (data?: TabAccounts) => void): () => void;
}
