export interface ToastState {
  text: string;
  error?: boolean;
  undoId?: string;
  /** Undo run by the page itself (an action another request takes back); shown as Undo like `undoId`. */
  undo?: () => void;
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
  return (
    <div
      class="toast-region"
      role={toast?.error ? 'alert' : 'status'}
      aria-live={toast?.error ? 'assertive' : 'polite'}
    >
      {toast && (
        <div class={`toast${toast.error ? ' toast-error' : ''}`} data-testid="toast">
          <span>{toast.text}</span>
          {(toast.undo || toast.undoId) && (
            <button
              type="button"
              onClick={() => (toast.undo ? toast.undo() : onUndo(toast.undoId!))}
              data-testid="undo"
            >
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
