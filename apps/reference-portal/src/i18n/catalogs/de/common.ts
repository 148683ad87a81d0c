import type { LocaleCatalog } from '../../types';

/** German strings of the shell (loaded with every page): namespace `common`, every English key. */
const common: LocaleCatalog<'common'> = {
  app: {
    loading: 'Portal wird geladen…',
    unreachableTitle: 'Das Portal ist gerade nicht erreichbar',
    unreachableDescription: 'Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.',
    retry: 'Erneut versuchen',
    noTenantTitle: 'Welches Portal suchen Sie?',
    noTenantDescription:
      'Öffnen Sie die Adresse, die Ihnen Ihr Broker oder Ihre Akademie gegeben hat, etwa /t/demo.',
    pageTitle: '{{page}} · {{tenant}}',
    language: 'Sprache',
    tenantNotFoundTitle: 'Dieses Portal gibt es nicht',
    tenantNotFoundDescription: 'Prüfen Sie die Adresse. Portale haben Adressen wie /t/demo.',
    homeLink: 'Zur Startseite',
  },
  nav: {
    journal: 'Journal',
    learn: 'Lernen',
    community: 'Community',
    admin: 'Verwaltung',
    signIn: 'Anmelden',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description:
      'Unter dieser Adresse gibt es in {{name}} keine Seite. Vielleicht ist der Link falsch geschrieben, oder die Seite wurde verschoben.',
    sectionLink: 'Zum Bereich {{section}}',
  },
  forbidden: {
    title: 'Sie haben keinen Zugriff auf diese Seite',
    description: 'Bitten Sie einen Inhaber oder Administrator von {{name}}, Ihnen Zugriff zu geben.',
  },
};

export default common;
