/**
 * English strings of the admin section (branding, its preview): namespace `admin`, the source of its keys.
 * Every other language's file has each of them (its type, `LocaleCatalog<'admin'>`, lists a missing one).
 */
const admin = {
  title: 'Admin',
  branding: {
    title: 'Branding',
    description:
      'Your colour, logo and style. A saved theme shows for everyone the next time they open the portal.',
    loadFailed: 'The current theme could not be loaded: {{reason}}',
    brandColor: 'Brand colour',
    brandColorPicker: 'Pick the brand colour',
    mode: 'Colour mode',
    modes: {
      light: 'Light',
      dark: 'Dark',
      auto: 'Follow the device',
    },
    radius: 'Corners',
    radii: {
      none: 'Square',
      small: 'Small',
      medium: 'Medium',
      large: 'Large',
      full: 'Round',
    },
    density: 'Density',
    densities: {
      compact: 'Compact',
      comfortable: 'Comfortable',
      spacious: 'Spacious',
    },
    logoUrl: 'Logo URL',
    logoUrlHelp:
      'An https:// address, or a path on this site such as /logo.svg. Leave empty to show the name.',
    errorsTitle: 'Fix these before saving',
    adjustmentsTitle: 'Adjusted for readability',
    adjustmentsHelp:
      'These colours were moved (hue kept) so text and controls meet WCAG AA contrast on every surface.',
    adjustmentsNone: 'Every colour meets the WCAG AA contrast minimums as chosen.',
    adjustment:
      '{{token}} in {{mode}} mode: {{requested}} → {{used}} (contrast {{before}}:1 → {{after}}:1, needs {{required}}:1)',
    formTitle: 'Theme',
    preview: 'Preview',
    previewMode: '{{mode}} mode',
    save: 'Save theme',
    discard: 'Discard changes',
    saved: 'Saved. The new theme is live for everyone on their next page load.',
    saveFailed: 'Saving failed: {{reason}}',
  },
  preview: {
    heading: 'This week',
    netPnl: 'Net P&L',
    winRate: 'Win rate',
    note: 'Trade note',
    noteValue: 'Waited for the retest, as planned.',
    primary: 'Save trade',
    secondary: 'Cancel',
    tag: 'A+ setup',
    link: 'View all trades',
  },
};

export default admin;
