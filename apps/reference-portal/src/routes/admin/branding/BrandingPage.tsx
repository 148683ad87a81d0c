import { isJournalkitError } from '@journalkit/sdk';
import { useOwnTenant, useUpdateOwnTenant } from '@journalkit/sdk/react';
import type { TenantThemeDoc } from '@journalkit/theme';
import { Button, EmptyState, Skeleton } from '@journalkit/ui';
import { useMemo, useRef, useState } from 'react';
import { usePortalT } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/context';
import { tenantTheme } from '../../../tenant/theme';
import { Page } from '../../Page';
import { Adjustments, ErrorSummary } from './BrandingNotes';
import { BrandingForm } from './BrandingForm';
import { Actions, Columns, Panel, Previews, Status } from './BrandingPage.styles';
import { checkDraft, draftFromTheme } from './themeDraft';
import type { ThemeDraft } from './themeDraft';
import { ThemePreview } from './ThemePreview';

/** Admin → Branding: edit the tenant theme with a live preview, save it with `PATCH /v1/tenant`. */
export function BrandingPage() {
  const tr = usePortalT('admin');
  const tenant = useTenant();
  const own = useOwnTenant();
  return (
    <Page title={tr('branding.title')} description={tr('branding.description')}>
      {own.isPending ? (
        <Skeleton lines={6} />
      ) : own.isError ? (
        <EmptyState
          variant="card"
          tone="negative"
          titleAs="h2"
          title={tr('branding.loadFailed', { reason: own.error.message })}
        />
      ) : (
        <BrandingEditor stored={tenantTheme(own.data.settings.theme, tenant.slug, own.data.name).theme} />
      )}
    </Page>
  );
}

function BrandingEditor({ stored }: { stored: TenantThemeDoc }) {
  const tr = usePortalT('admin');
  const tenant = useTenant();
  const update = useUpdateOwnTenant();
  const [baseline, setBaseline] = useState(stored);
  const [draft, setDraft] = useState<ThemeDraft>(() => draftFromTheme(stored));
  const [saved, setSaved] = useState(false);
  const check = useMemo(() => checkDraft(baseline, draft), [baseline, draft]);
  // The preview keeps the last valid document while the admin is mid-edit ("#12" is not a colour).
  const lastValid = useRef(baseline);
  if (check.errors.length === 0) lastValid.current = check.doc;
  const preview = lastValid.current;
  const dirty = JSON.stringify(check.doc) !== JSON.stringify(baseline);
  const valid = check.errors.length === 0;

  const save = () => {
    if (!valid || !dirty) return;
    setSaved(false);
    update.mutate(
      { settings: { theme: check.doc as unknown as Record<string, unknown> } },
      {
        onSuccess: () => {
          setBaseline(check.doc);
          setSaved(true);
          void tenant.refreshBranding(); // the whole portal takes the new theme at once
        },
      },
    );
  };
  const modes =
    preview.colorMode === 'auto' || !preview.colorMode ? (['light', 'dark'] as const) : [preview.colorMode];

  return (
    <Columns>
      <Panel aria-labelledby="branding-form-title">
        <h2 id="branding-form-title">{tr('branding.formTitle')}</h2>
        <BrandingForm
          draft={draft}
          errors={check.errors}
          onChange={(next) => {
            setSaved(false);
            setDraft(next);
          }}
        />
        <ErrorSummary errors={check.errors} />
        <Adjustments adjustments={check.adjustments} />
        <Actions>
          <Button onClick={save} disabled={!valid || !dirty} loading={update.isPending}>
            {tr('branding.save')}
          </Button>
          <Button
            variant="outline"
            tone="neutral"
            disabled={!dirty}
            onClick={() => {
              setDraft(draftFromTheme(baseline));
              setSaved(false);
            }}
          >
            {tr('branding.discard')}
          </Button>
        </Actions>
        <Status role="status" data-part="save-status" data-tone={update.isError ? 'negative' : 'neutral'}>
          {saved
            ? tr('branding.saved')
            : update.isError
              ? tr('branding.saveFailed', {
                  reason: isJournalkitError(update.error)
                    ? update.error.detail || update.error.title
                    : update.error.message,
                })
              : ''}
        </Status>
      </Panel>
      <Previews aria-labelledby="branding-preview-title">
        <h2 id="branding-preview-title">{tr('branding.preview')}</h2>
        {modes.map((mode) => (
          <ThemePreview key={mode} theme={preview} mode={mode} />
        ))}
      </Previews>
    </Columns>
  );
}
