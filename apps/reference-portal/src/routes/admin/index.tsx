import { renderPage } from '../routeTable';
import type { SectionPageProps, SectionPages } from '../routeTable';
import { BrandingPage } from './branding/BrandingPage';
import type { admin } from './routes';

/** Admin pages, each behind its route's permission (the shell checks it: `tenant:update`). */
const pages: SectionPages<typeof admin> = { branding: BrandingPage };

export default function AdminSection(props: SectionPageProps<typeof admin>) {
  return renderPage(pages, props);
}
