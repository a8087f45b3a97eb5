import type { FrameApi } from '../frame-services';

/** What the sidebar needs from the extension. */
export type SidebarApi = FrameApi<'sidebar'>;
