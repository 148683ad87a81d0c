import type { ComponentStrings } from './enComponents';

/**
 * English strings, namespace `journalkit`, that the provider bundles (the core components). The
 * other components' English lives in `./<component>/en.ts` (gathered in `./enComponents`) and is
 * registered when they render; together they are every user-visible string, grouped by component.
 * Other locales and tenant overrides are deep-partial copies.
 * Interpolation uses i18next's `{{name}}`; plurals use `_one` / `_other` suffixes.
 */
export const en = {
  common: {
    loading: 'Loading…',
    close: 'Close',
    required: 'required',
    optional: 'optional',
    opensInNewTab: '(opens in a new tab)',
  },
  button: {
    loading: 'Loading',
  },
  field: {
    characterCount_one: '{{count}} of {{max}} character',
    characterCount_other: '{{count}} of {{max}} characters',
    errorPrefix: 'Error:',
  },
  tag: {
    remove: 'Remove {{label}}',
  },
  stat: {
    increase: 'Up',
    decrease: 'Down',
    unchanged: 'Unchanged',
  },
  pnl: {
    profit: 'Profit',
    loss: 'Loss',
    breakeven: 'Break-even',
  },
  progress: {
    complete: 'Complete',
  },
  dialog: {
    close: 'Close dialog',
  },
  skeleton: {
    loading: 'Loading content',
  },
};

export type JournalkitStrings = typeof en & ComponentStrings;
