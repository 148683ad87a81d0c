import { defineSection } from '../routeTable';

/**
 * Community: one placeholder page until the community area lands (open to every signed-in user;
 * its pages will name the area's permissions).
 */
export const community = defineSection({
  id: 'community',
  path: '/community',
  label: 'nav.community',
  start: 'home',
  routes: {
    home: { path: '/community', permission: null, title: 'community:title' },
  },
});
