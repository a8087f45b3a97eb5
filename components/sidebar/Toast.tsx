export interface ToastState {
  text: string;
  error?: boolean;
  undoId?: string;
  /** Undo run by the page itself (an action another request takes back); shown as Undo like `undoId`. */
  undo?: () => void;
}

/** What Undo does for a message: the page's own undo, or the background's by its id; none when nothing can be undone. */
export function undoOf(toast: ToastState, onUndo: (undoId: string) => void): (() => void) | undefined {
  if (toast.undo) return toast.undo;
  const { undoId } = toast;
  return undoId ? () => onUndo(undoId) : undefined;
}

/** One message at a time, announced to screen readers, with Undo when the action can be undone. */
export function Toast({
  toast,
  onUndo,
  onClose,
}: {
  toast: ToastState | null;
  onUndo: (undoId: string) => void;
  onClose: () => void;
}) {
  const undo = toast ? undoOf(toast, onUndo) : undefined;
  return (
    <div
      class="toast-region"
      role={toast?.error ? 'alert' : 'status'}
      aria-live={toast?.error ? 'assertive' : 'polite'}
    >
      {toast && (
        <div class={`toast${toast.error ? ' toast-error' : ''}`} data-testid="toast">
          <span>{toast.text}</span>
          {undo && (
            <button type="button" onClick={undo} data-testid="undo">
              Undo
            </button>
          )}
          <button type="button" class="icon" aria-label="Dismiss" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
