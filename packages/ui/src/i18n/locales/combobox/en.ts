/** English strings of Combobox, registered by `useT(combobox)` on first render. */

export const comboboxStrings = {
  showOptions: 'Show options',
  noResults: 'No results',
  loading: 'Loading results…',
  results_one: '{{count}} result available',
  results_other: '{{count}} results available',
};

export const combobox = { combobox: comboboxStrings };
