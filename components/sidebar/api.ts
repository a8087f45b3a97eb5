import type { MessageTemplate } from '../../utils/shared/templates/template';
import type { PrivateThreads } from '../../utils/pages/private-threads';
import type { FrameApi } from '../frame-services';

/** What the sidebar needs from the extension: its frame's data, and the welcome page to point an empty book to. */
export interface SidebarApi extends FrameApi<'sidebar'> {
  openWelcome(): Promise<void>;
  /** The user's email templates, and a subscription to their changes (returns the unsubscribe function). */
  /** Threads kept private from automatic logging. */
  privateThreads: PrivateThreads;
  templates: { get(): Promise<MessageTemplate[]>; watch(callback: (templates: MessageTemplate[]) => void): () => void };
}
