/** The account's notes, blurred in privacy mode. */
export function AccountNotes({ notes, privacy }: { notes?: string; privacy: boolean }) {
  return (
    <section class="block" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      {notes ? <p class={privacy ? 'notes private' : 'notes'}>{notes}</p> : <p class="muted">No notes.</p>}
    </section>
  );
}
