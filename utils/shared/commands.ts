/** Keyboard commands declared in the manifest; the background handles each one. Descriptions: public/_locales/. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export const COMMANDS = {
  [TOGGLE_SIDEBAR_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+L' },
    description: '__MSG_commandToggleSidebar__',
  },
  // The browser opens the toolbar popup for this one itself.
  _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenPopup__' },
};
