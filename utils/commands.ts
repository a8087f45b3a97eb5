/** Keyboard commands declared in the manifest; the background handles each one. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export const COMMANDS = {
  [TOGGLE_SIDEBAR_COMMAND]: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Show or hide the Account Lens sidebar' },
};
