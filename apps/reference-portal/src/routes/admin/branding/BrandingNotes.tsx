import type { ContrastAdjustment, TenantThemeError } from '@journalkit/theme';
import { usePortalT } from '../../../i18n/i18n';
import { Note } from './BrandingPage.styles';

/** The theme package's validation errors, as it words them (field errors also show at the field). */
export function ErrorSummary({ errors }: { errors: readonly TenantThemeError[] }) {
  const tr = usePortalT('admin');
  if (errors.length === 0) return null;
  return (
    <Note data-tone="negative" role="alert" data-part="theme-errors">
      <h3>{tr('branding.errorsTitle')}</h3>
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}:${e.reason}`}>
            <code dir="ltr">{e.path || '/'}</code> {e.reason}
          </li>
        ))}
      </ul>
    </Note>
  );
}

/** Colours @journalkit/theme moved (hue kept) so every pair meets WCAG AA. */
export function Adjustments({ adjustments }: { adjustments: readonly ContrastAdjustment[] }) {
  const tr = usePortalT('admin');
  return (
    <Note data-part="theme-adjustments">
      <h3>{tr('branding.adjustmentsTitle')}</h3>
      {adjustments.length === 0 ? (
        <p>{tr('branding.adjustmentsNone')}</p>
      ) : (
        <>
          <p>{tr('branding.adjustmentsHelp')}</p>
          <ul>
            {adjustments.map((a) => (
              <li key={`${a.mode}:${a.token}`} title={a.reason}>
                {tr('branding.adjustment', {
                  token: a.token,
                  mode: tr(`branding.modes.${a.mode}`),
                  requested: a.requested,
                  used: a.used,
                  before: a.ratioBefore.toFixed(2),
                  after: a.ratioAfter.toFixed(2),
                  required: a.required,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Note>
  );
}
