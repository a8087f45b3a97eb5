import { useEffect, useState } from 'preact/hooks';
import type { MessageTemplate } from '../../utils/shared/templates/template';
import type { SidebarApi } from './api';

/** The user's templates, kept current when they are edited on the options page. */
export function useTemplates(api: SidebarApi): MessageTemplate[] {
  const [templates, setTemplates] = useState<MessageTemplate[]>([]);
  useEffect(() => {
    let live = true;
    api.templates.get().then(
      (loaded) => live && setTemplates(loaded),
      () => undefined,
    );
    const unwatch = api.templates.watch((next) => live && setTemplates(next));
    return () => ((live = false), unwatch());
  }, []);
  return templates;
}
