import { useState } from 'preact/hooks';
import type { ToastState } from './sidebar/Toast';

/**
 * One toast, and `act` to run a user action: a failure is shown, never
 * swallowed; a success is shown with Undo when the action returned an undo
 * id, then `after` refreshes what the page shows.
 */
export function useActions(after: () => Promise<unknown>) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const act = async (label: string, work: () => Promise<{ undoId?: string } | void>): Promise<boolean> => {
    try {
      const result = await work();
      setToast({ text: label, undoId: result ? result.undoId : undefined });
      await after();
      return true;
    } catch (error) {
      setToast({ text: (error as Error).message, error: true });
      return false;
    }
  };
  return { toast, act, closeToast: () => setToast(null) };
}
