/**
 * What changed for the user in each version that changed what they see, newest first: a line or three, in the
 * user's words (the changelog is for the project). The options page shows the notes of versions newer than the
 * last one the user read, marked new until they read them; nothing opens by itself on an update.
 */
export interface WhatsNewNote {
  /** The version that brought these changes (`version` in package.json). */
  version: string;
  items: string[];
}

export const WHATS_NEW: readonly WhatsNewNote[] = [
  {
    version: '0.1.0',
    items: [
      'A welcome page to start from: import your CSV exports, try the demo book (and remove it in one click), or add your first account, and tell Account Lens which addresses are yours.',
      'Where there is nothing to show yet, the sidebar, the popup and the dashboard say what to do next; the sidebar offers to add the people on the page.',
      'Less typing: in a compose window with a client, the sidebar fills in an email template from the account and puts it into your draft (write and share your own under Email templates); and, if you turn it on in Settings, client emails you open or send are logged by themselves.',
      'Notes like this one, after an update that changes what you see.',
    ],
  },
];

/** Compares dotted versions numerically (`0.10.0` is after `0.9.2`). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/**
 * The notes up to the running version, newest first, each marked unread when it is newer than the last
 * version the user read (`readUpTo`; null: never marked, which counts as having read none).
 */
export function whatsNewFor(
  running: string,
  readUpTo: string | null,
  notes: readonly WhatsNewNote[] = WHATS_NEW,
): Array<WhatsNewNote & { unread: boolean }> {
  return notes
    .filter((note) => compareVersions(note.version, running) <= 0)
    .map((note) => ({ ...note, unread: readUpTo === null || compareVersions(note.version, readUpTo) > 0 }));
}
