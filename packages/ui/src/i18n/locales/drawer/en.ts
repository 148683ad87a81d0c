/** English strings of Drawer, registered by `useT(drawer)` on first render. */

export const drawerStrings = {
  close: 'Close panel',
};

export const drawer = { drawer: drawerStrings };
