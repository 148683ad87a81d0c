/** English strings of Select, registered by `useT(select)` on first render. */

export const selectStrings = {
  placeholder: 'Select an option',
};

export const select = { select: selectStrings };
