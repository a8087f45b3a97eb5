/** The welcome view of the options page: opened on first install, and from the empty states of the sidebar and popup. */
export const WELCOME_PATH = '/options.html#/welcome';
