/** A stored value the first-run steps read and write. */
interface Stored<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

/** What the extension does when the browser installs or updates it. */
export interface FirstRunDeps {
  /** Opens the welcome page in a new tab. */
  openWelcome(): Promise<void>;
  /** The running version. */
  version: string;
  /** The newest version whose "what's new" note the user has read. */
  readUpTo: Stored<string | null>;
  /** Whether the welcome page was opened in this profile. */
  welcomed: Stored<boolean>;
}

/** `runtime.onInstalled`'s details, as both browsers give them. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/**
 * On a first install only, the welcome page opens: never on an update, a browser start or a worker start.
 * `install` alone does not prove a first install (Chromium reports it on every start for an extension loaded
 * from the command line, its storage intact), so what storage remembers decides; uninstalling clears it.
 * There is no "what's new" to mark for a new user. On an update nothing opens; the notes of versions after the
 * last one the user read are new on the options page.
 */
export async function afterInstalled(details: InstalledDetails, deps: FirstRunDeps): Promise<void> {
  if (details.reason === 'install') {
    if ((await deps.readUpTo.getValue()) === null) await deps.readUpTo.setValue(deps.version);
    if (await deps.welcomed.getValue()) return;
    // Marked before it opens: a worker stopped in between must not open it twice.
    await deps.welcomed.setValue(true);
    await deps.openWelcome();
    return;
  }
  if (details.reason !== 'update' || !details.previousVersion) return;
  // An older note left unread stays unread: only a user with no mark yet starts from the version they had.
  if ((await deps.readUpTo.getValue()) === null) await deps.readUpTo.setValue(details.previousVersion);
}
