import { defineSection } from '../routeTable';

/**
 * Learn: one placeholder page until the education area lands (open to every signed-in user; its
 * pages will name the area's permissions, such as `courses:read`).
 */
export const learn = defineSection({
  id: 'learn',
  path: '/learn',
  label: 'nav.learn',
  start: 'home',
  routes: {
    home: { path: '/learn', permission: null, title: 'learn:title' },
  },
});
