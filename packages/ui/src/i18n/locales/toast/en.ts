/** English strings of Toast, registered by `useT(toast)` on first render. */

export const toastStrings = {
  region: 'Notifications ({hotkey})',
  dismiss: 'Dismiss notification',
};

export const toast = { toast: toastStrings };
