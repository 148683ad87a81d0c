import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { PortalKey } from '../i18n/types';

export interface SectionProps {
  /** The path inside the section (`/branding` for `/admin/branding`), at least `/`. */
  subPath: string;
}

export interface Section {
  id: 'journal' | 'learn' | 'community' | 'admin';
  /** Under the tenant's base path. */
  path: `/${string}`;
  label: PortalKey;
  /** Shown in the navigation only to users with this permission (the page checks it too). */
  permission?: string;
  Component: LazyExoticComponent<ComponentType<SectionProps>>;
}

/**
 * The portal's sections, in navigation order. Each is its own module (and its own chunk): the
 * journal pages replace `./journal` without touching the rest.
 */
export const sections: readonly Section[] = [
  { id: 'journal', path: '/journal', label: 'nav.journal', Component: lazy(() => import('./journal')) },
  { id: 'learn', path: '/learn', label: 'nav.learn', Component: lazy(() => import('./learn')) },
  {
    id: 'community',
    path: '/community',
    label: 'nav.community',
    Component: lazy(() => import('./community')),
  },
  {
    id: 'admin',
    path: '/admin',
    label: 'nav.admin',
    permission: 'tenant:update',
    Component: lazy(() => import('./admin')),
  },
];

export const HOME_PATH = '/journal';

/** The section a path belongs to, and the path inside it. */
export function matchSection(path: string): { section: Section; subPath: string } | null {
  for (const section of sections)
    if (path === section.path || path.startsWith(`${section.path}/`))
      return { section, subPath: path.slice(section.path.length) || '/' };
  return null;
}

/**
 * Where to go after sign-in: the `next` the user was sent away from (a path inside this portal
 * only, never another site), else home.
 */
export function nextPath(search: string, basePath: string): string {
  const next = new URLSearchParams(search).get('next');
  const safe =
    next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : HOME_PATH;
  return `${basePath}${safe === '/' || safe.startsWith('/sign-in') ? HOME_PATH : safe}`;
}
