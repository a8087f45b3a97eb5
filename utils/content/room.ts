/**
 * Room for the expanded sidebar: a right margin as wide as the sidebar on the page's reading view, so the
 * page lays the view out narrower and nothing of the message lies under the frame. The view's own inline
 * margin is put back when the sidebar collapses, or when the app replaces the element.
 */
export function makeRoom() {
  let given: { element: HTMLElement; before: string; priority: string; base: number } | null = null;
  const giveBack = () => {
    if (!given) return;
    given.element.style.setProperty('margin-right', given.before, given.priority);
    given = null;
  };
  return {
    /** Gives `width` px of room beside `element`, or none when null. Idempotent: the page sees no repeated writes. */
    give(element: HTMLElement | null | undefined, width: number): void {
      if (given && given.element !== element) giveBack();
      if (!element) return;
      if (!given) {
        given = {
          element,
          before: element.style.getPropertyValue('margin-right'),
          priority: element.style.getPropertyPriority('margin-right'),
          // The view's own gap stays, beside the sidebar (read once, when the room is first given).
          base: parseFloat(element.ownerDocument.defaultView?.getComputedStyle(element).marginRight ?? '') || 0,
        };
      }
      const margin = `${given.base + width}px`;
      // Important, so the app's own stylesheet does not undo it; written only when it changed.
      if (
        element.style.getPropertyValue('margin-right') !== margin ||
        !element.style.getPropertyPriority('margin-right')
      )
        element.style.setProperty('margin-right', margin, 'important');
    },
  };
}
