/** Keyboard commands declared in the manifest; the background handles each one. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export const COMMANDS = {
  [TOGGLE_SIDEBAR_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+L' },
    description: 'Show or hide the Account Lens sidebar',
  },
  // The browser opens the toolbar popup for this one itself.
  _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Log a touchpoint (open Account Lens)' },
};
