export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  top: number;
  right: number;
  height: number;
}

/**
 * Where a frame docked at the right edge goes so it covers none of `avoid`
 * (the host's own controls): tall strips at the right edge (add-on rails)
 * push it left; controls in its column push its top down when they sit in the
 * upper half of the window (headers, command bars) and its bottom up when in
 * the lower half. `height` 0 means "all the room left".
 */
export function placeFrame(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  avoid: Box[],
): Placement {
  let right = 0;
  const rails = avoid.filter(
    (b) =>
      b.right >= viewport.width - 2 && b.bottom - b.top > viewport.height / 2 && b.right - b.left < viewport.width / 4,
  );
  for (const rail of rails) right = Math.max(right, viewport.width - rail.left);
  const left = viewport.width - right - size.width;
  let top = 0;
  let bottom = viewport.height;
  for (const box of avoid) {
    if (rails.includes(box) || box.right <= left || box.left >= viewport.width - right || box.bottom <= box.top)
      continue;
    if ((box.top + box.bottom) / 2 < viewport.height / 2) top = Math.max(top, box.bottom);
    else bottom = Math.min(bottom, box.top);
  }
  const room = Math.max(0, bottom - top);
  return { top, right, height: size.height > 0 ? Math.min(size.height, room) : room };
}
