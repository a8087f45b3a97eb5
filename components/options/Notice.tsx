import { undoOf, type ToastState } from '../sidebar/Toast';

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
  const undo = undoOf(toast, onUndo);
  return (
    <p
      role={toast.error ? 'alert' : 'status'}
      class={toast.error ? 'notice toast toast-error' : 'notice toast'}
      data-testid="notice"
    >
      <span>{toast.text}</span>
      {undo && (
        <button type="button" onClick={undo} data-testid="notice-undo">
          Undo
        </button>
      )}
      <button type="button" onClick={onClose} aria-label="Dismiss" data-testid="notice-dismiss">
        ×
      </button>
    </p>
  );
}
