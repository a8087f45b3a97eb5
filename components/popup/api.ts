import type { SurfaceApi } from '../frame-services';

/** What the popup needs from the extension. Its tab is the active tab of the last-focused normal window. */
export type PopupApi = SurfaceApi<'popup'>;
