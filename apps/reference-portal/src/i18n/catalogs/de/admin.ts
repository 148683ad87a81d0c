import type { LocaleCatalog } from '../../types';

/** German strings of the admin section (branding, its preview): namespace `admin`, every English key. */
const admin: LocaleCatalog<'admin'> = {
  title: 'Verwaltung',
  branding: {
    title: 'Branding',
    description:
      'Ihre Farbe, Ihr Logo und Ihr Stil. Ein gespeichertes Theme sehen alle, sobald sie das Portal das nächste Mal öffnen.',
    loadFailed: 'Das aktuelle Theme ließ sich nicht laden: {{reason}}',
    brandColor: 'Markenfarbe',
    brandColorPicker: 'Markenfarbe wählen',
    mode: 'Farbmodus',
    modes: {
      light: 'Hell',
      dark: 'Dunkel',
      auto: 'Wie das Gerät',
    },
    radius: 'Ecken',
    radii: {
      none: 'Eckig',
      small: 'Klein',
      medium: 'Mittel',
      large: 'Groß',
      full: 'Rund',
    },
    density: 'Dichte',
    densities: {
      compact: 'Kompakt',
      comfortable: 'Bequem',
      spacious: 'Großzügig',
    },
    logoUrl: 'Logo-URL',
    logoUrlHelp:
      'Eine https://-Adresse oder ein Pfad auf dieser Website wie /logo.svg. Leer lassen, um den Namen zu zeigen.',
    errorsTitle: 'Vor dem Speichern beheben',
    adjustmentsTitle: 'Für bessere Lesbarkeit angepasst',
    adjustmentsHelp:
      'Diese Farben wurden verschoben (der Farbton bleibt), damit Text und Bedienelemente auf jeder Fläche den WCAG-AA-Kontrast erreichen.',
    adjustmentsNone: 'Jede Farbe erreicht den WCAG-AA-Mindestkontrast wie gewählt.',
    adjustment:
      '{{token}} im Modus {{mode}}: {{requested}} → {{used}} (Kontrast {{before}}:1 → {{after}}:1, nötig {{required}}:1)',
    formTitle: 'Theme',
    preview: 'Vorschau',
    previewMode: 'Modus {{mode}}',
    save: 'Theme speichern',
    discard: 'Änderungen verwerfen',
    saved: 'Gespeichert. Das neue Theme gilt für alle ab dem nächsten Laden der Seite.',
    saveFailed: 'Speichern hat nicht geklappt: {{reason}}',
  },
  preview: {
    heading: 'Diese Woche',
    netPnl: 'Netto-G&V',
    winRate: 'Trefferquote',
    note: 'Trade-Notiz',
    noteValue: 'Auf den Retest gewartet, wie geplant.',
    primary: 'Trade speichern',
    secondary: 'Abbrechen',
    tag: 'A+-Setup',
    link: 'Alle Trades ansehen',
  },
};

export default admin;
