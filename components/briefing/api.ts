import type { FrameApi } from '../frame-services';

/** What the briefing card needs from the extension. */
export type BriefingApi = FrameApi<'briefing'>;
