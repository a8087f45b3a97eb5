import type { SurfaceApi } from '../frame-services';

/** What the popup needs from the extension. Its tab is the active tab of the last-focused normal window. */
export interface PopupApi extends SurfaceApi<'popup'> {
  /** Opens the welcome page, where an empty book starts. */
  openWelcome(): Promise<void>;
}
