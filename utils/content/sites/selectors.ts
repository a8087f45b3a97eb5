/** A named DOM anchor, with when it was last seen to hold, so a broken one is easy to date. */
export interface Anchor {
  name: string;
  selector: string;
  /** When this anchor was seen on the live site (source in the adapter's notes). */
  seen: string;
}

/** The first anchor (newest first) that matches inside `root`. */
export function findFirst<E extends Element = Element>(
  root: ParentNode,
  anchors: readonly Anchor[],
): { element: E; anchor: Anchor } | null {
  for (const anchor of anchors) {
    const element = root.querySelector<E>(anchor.selector);
    if (element) return { element, anchor };
  }
  return null;
}

/** Every element matching any of the anchors, in document order, once each. */
export function findAll<E extends Element = Element>(root: ParentNode, anchors: readonly Anchor[]): E[] {
  return [...root.querySelectorAll<E>(anchors.map((a) => a.selector).join(', '))];
}

export function selectorList(anchors: readonly Anchor[]): string {
  return anchors.map((a) => a.selector).join(', ');
}
