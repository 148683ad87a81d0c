import { defineSection } from '../routeTable';

/** The one page a signed-out visitor sees (every other address leads here, with `?next=`). */
export const signIn = defineSection({
  id: 'signIn',
  path: '/sign-in',
  label: 'nav.signIn',
  start: 'signIn',
  routes: {
    signIn: { path: '/sign-in', permission: null, title: 'signIn:pageTitle' },
  },
});
