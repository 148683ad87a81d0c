import { renderPage } from '../routeTable';
import type { SectionPageProps, SectionPages } from '../routeTable';
import type { signIn } from './routes';
import { SignInPage } from './SignInPage';

const pages: SectionPages<typeof signIn> = { signIn: SignInPage };

/** The public section: sign-in (in the first chunk, unlike the signed-in sections). */
export default function SignInSection(props: SectionPageProps<typeof signIn>) {
  return renderPage(pages, props);
}
