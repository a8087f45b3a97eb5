import { useLayoutEffect } from 'preact/hooks';

/**
 * Marks (User Timing) the first frame painted after the shown accounts
 * change, named `account-lens:shown` with the account names as detail. The
 * bench reads it to time page change → card on screen; DevTools shows it too.
 * Set from a layout effect (right after the DOM changed) in the next animation
 * frame, which runs just before that frame is painted: a plain effect runs
 * after a paint, and its animation frame would mark the paint after that.
 */
export function useShownMark(names: string[]): void {
  const key = names.join('\n');
  useLayoutEffect(() => {
    if (!names.length) return;
    const id = requestAnimationFrame(() => {
      performance.clearMarks('account-lens:shown');
      performance.mark('account-lens:shown', { detail: { accounts: names } });
    });
    return () => cancelAnimationFrame(id);
  }, [key]);
}
