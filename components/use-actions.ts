import { useState } from 'preact/hooks';
import type { ToastState } from './sidebar/Toast';

/** What an action resolves to: an object with an `undoId` or an `undo` when it can be undone; anything else is only for its label. */
type Outcome = object | void;

/**
 * An action undone by another request rather than by the undo log (a "not this account" is not a record):
 * what the toast's Undo runs, and what it says once done.
 */
export interface PageUndo {
  label: string;
  run: () => Promise<unknown>;
}

/**
 * One toast, and `act` to run a user action: a failure is shown, never
 * swallowed; a success is shown with Undo when the action returned an undo
 * id, then `after` refreshes what the page shows. The label may be made from
 * what the action returned. `notify` shows a message that follows no action.
 */
export function useActions(after: () => Promise<unknown>) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const act = async <R extends Outcome>(
    label: string | ((result: R) => string),
    work: () => Promise<R>,
  ): Promise<boolean> => {
    try {
      const result = await work();
      const undo = pageUndoOf(result);
      setToast({
        text: typeof label === 'string' ? label : label(result),
        undoId: undoIdOf(result),
        ...(undo ? { undo: () => void act(undo.label, async () => void (await undo.run())) } : {}),
      });
      await after();
      return true;
    } catch (error) {
      setToast({ text: (error as Error).message, error: true });
      return false;
    }
  };
  return { toast, act, notify: (next: ToastState) => setToast(next), closeToast: () => setToast(null) };
}

/** `act` as a surface hands it to its parts. */
export type Act = ReturnType<typeof useActions>['act'];

const undoIdOf = (result: Outcome): string | undefined =>
  result && 'undoId' in result && typeof result.undoId === 'string' ? result.undoId : undefined;

const pageUndoOf = (result: Outcome): PageUndo | undefined =>
  result && 'undo' in result && typeof (result.undo as PageUndo | undefined)?.run === 'function'
    ? (result.undo as PageUndo)
    : undefined;
