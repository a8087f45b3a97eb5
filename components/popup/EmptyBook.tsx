/** The popup of an empty book: nothing to find or log against yet, so where to start. */
export function EmptyBook({ onStart }: { onStart: () => void }) {
  return (
    <section class="empty-book" aria-labelledby="empty-book-heading" data-testid="popup-empty">
      <h2 id="empty-book-heading">No accounts yet</h2>
      <p class="muted">
        Find an account and log a call or a note here once your book has accounts: import your CRM's CSV exports, try
        the demo book, or add your first account.
      </p>
      <button type="button" class="primary" onClick={onStart} data-testid="popup-start">
        Start your book
      </button>
    </section>
  );
}
