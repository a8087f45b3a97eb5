import type { ToastState } from '../sidebar/Toast';

/** The options page's one message, fixed at the bottom of the window, with Undo when the action can be undone. */
export function Notice({
  toast,
  onUndo,
  onClose,
}: {
  toast: ToastState | null;
  onUndo: (undoId: string) => void;
  onClose: () => void;
}) {
  if (!toast) return null;
  return (
    <p
      role={toast.error ? 'alert' : 'status'}
      class={toast.error ? 'notice toast toast-error' : 'notice toast'}
      data-testid="notice"
    >
      <span>{toast.text}</span>
      {(toast.undo || toast.undoId) && (
        <button
          type="button"
          onClick={() => (toast.undo ? toast.undo() : onUndo(toast.undoId!))}
          data-testid="notice-undo"
        >
          Undo
        </button>
      )}
      <button type="button" onClick={onClose} aria-label="Dismiss" data-testid="notice-dismiss">
        ×
      </button>
    </p>
  );
}
