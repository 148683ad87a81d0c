/**
 * English strings of the shell (loaded with every page): namespace `common`, the source of its keys. Every
 * other language's file has each of them (its type, `LocaleCatalog<'common'>`, lists a missing one).
 */
const common = {
  app: {
    loading: 'Loading the portal…',
    unreachableTitle: 'The portal cannot be reached right now',
    unreachableDescription: 'Check your connection and try again in a moment.',
    retry: 'Try again',
    noTenantTitle: 'Which portal are you looking for?',
    noTenantDescription: 'Open the address your broker or academy gave you, such as /t/demo.',
    pageTitle: '{{page}} · {{tenant}}',
    language: 'Language',
    tenantNotFoundTitle: 'We could not find this portal',
    tenantNotFoundDescription: 'Check the address you were given. Portals live at addresses such as /t/demo.',
    homeLink: 'Go to the start page',
  },
  nav: {
    journal: 'Journal',
    learn: 'Learn',
    community: 'Community',
    admin: 'Admin',
    signIn: 'Sign in',
  },
  notFound: {
    title: 'Page not found',
    description:
      'There is no page at this address in {{name}}. The link may be mistyped, or the page may have moved.',
    sectionLink: 'Go to {{section}}',
  },
  forbidden: {
    title: 'You do not have access to this page',
    description: 'Ask an owner or administrator of {{name}} to give you access.',
  },
};

export default common;
