import { Link as StyledLink } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Languages } from './SignInPage.styles';

/** The tenant's languages, each named in itself ("Deutsch", "العربية"), when there is a choice. */
export function LanguageLinks() {
  const t = usePortalT('common');
  const { locale, supportedLocales, basePath } = useTenant();
  const locales = [...new Set(supportedLocales)];
  if (locales.length < 2) return null;
  const nameOf = (l: string) => {
    try {
      return new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
    } catch {
      return l;
    }
  };
  return (
    <Languages aria-label={t('app.language')}>
      <ul>
        {locales.map((l) => (
          <li key={l}>
            <StyledLink asChild tone="neutral" underline={l === locale ? 'always' : 'hover'}>
              <Link
                href={`${basePath}/sign-in?lang=${encodeURIComponent(l)}`}
                lang={l}
                aria-current={l === locale ? 'true' : undefined}
                replace
              >
                {nameOf(l)}
              </Link>
            </StyledLink>
          </li>
        ))}
      </ul>
    </Languages>
  );
}
