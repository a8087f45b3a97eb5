import type { FrameApi } from '../frame-services';

/** What the sidebar needs from the extension: its frame's data, and the welcome page to point an empty book to. */
export interface SidebarApi extends FrameApi<'sidebar'> {
  openWelcome(): Promise<void>;
}
