import { defineSection } from '../routeTable';

/** Admin: the tenant's settings. `/admin` leads to Branding (the section has no page of its own). */
export const admin = defineSection({
  id: 'admin',
  path: '/admin',
  label: 'nav.admin',
  start: 'branding',
  routes: {
    branding: { path: '/admin/branding', permission: 'tenant:update', title: 'admin:branding.title' },
  },
});
