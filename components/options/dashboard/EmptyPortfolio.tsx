/** The dashboard of an empty book: nothing to sum yet, so the ways to start. */
export function EmptyPortfolio() {
  return (
    <section aria-labelledby="dashboard-heading" class="dashboard empty-state" data-testid="dashboard-empty">
      <h2 id="dashboard-heading">Portfolio</h2>
      <p>
        Nothing here yet: your renewals, accounts gone quiet and the health of your clients appear once your book has
        accounts.
      </p>
      <p>
        <a class="button primary" href="#/welcome" data-testid="dashboard-start">
          Start your book
        </a>{' '}
        <span class="muted">
          import your CRM's CSV exports, try the demo book, or add an account with <strong>New account</strong> below.
        </span>
      </p>
    </section>
  );
}
