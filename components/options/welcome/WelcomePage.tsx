import { useState } from 'preact/hooks';
import { AccessStep } from './AccessStep';
import { StartWays } from './StartWays';
import { YouStep } from './YouStep';

/**
 * The options page's welcome view (`#/welcome`), opened on first install: what Account Lens does and never
 * does, then access (where the browser asks the user), who "you" are, and the ways to start a book.
 */
export function WelcomePage() {
  const [granted, setGranted] = useState(0);
  return (
    <div class="welcome" data-testid="welcome">
      <h2 class="welcome-title">Welcome to Account Lens</h2>
      <ul class="welcome-promise" data-testid="welcome-promise">
        <li>
          Beside the email or meeting you have open in Gmail, Google Calendar or Outlook on the web, it shows the
          client's account: health, value, renewal, what was last said, open issues and promises.
        </li>
        <li>It logs what happened in a few keystrokes, and keeps renewals, promises and quiet accounts in view.</li>
        <li>
          Your data stays in this browser: Account Lens sends it nowhere, and the mail pages cannot read it. It leaves
          only in the backups and exports you make.
        </li>
      </ul>
      <AccessStep onGranted={() => setGranted((n) => n + 1)} />
      <YouStep refresh={granted} />
      <StartWays />
      <section class="welcome-step step-next" aria-labelledby="next-heading">
        <h2 id="next-heading">Then open your mail</h2>
        <p>
          Open a thread in Gmail or Outlook, or an event in your calendar: the sidebar at the right shows the account of
          the people on it, and <strong>Alt+Shift+K</strong> opens the popup to log a call or a note. To come back here,
          choose <strong>Getting started</strong> at the top of the options page.
        </p>
        <a class="button primary" href="#/" data-testid="welcome-done">
          Go to your accounts
        </a>
      </section>
    </div>
  );
}
