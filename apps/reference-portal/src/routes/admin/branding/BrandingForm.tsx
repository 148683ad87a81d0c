import { vars as t } from '@journalkit/theme';
import type { TenantThemeError } from '@journalkit/theme';
import { TextField } from '@journalkit/ui';
import styled from 'styled-components';
import { usePortalT } from '../../../i18n/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { colorModes, densities, fieldOf, radiusChoices, toColorInputValue } from './themeDraft';
import type { ThemeDraft } from './themeDraft';

const Fields = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
`;

const Swatch = styled.input`
  inline-size: 1.75rem;
  block-size: 1.75rem;
  margin: 0;
  padding: 0;
  border: ${t.borderWidth.default} solid ${t.color.borderStrong};
  border-radius: ${t.radius.sm};
  background: none;
  cursor: pointer;
  &::-webkit-color-swatch-wrapper {
    padding: 0;
  }
  &::-webkit-color-swatch {
    border: 0;
    border-radius: ${t.radius.sm};
  }
`;

/** The editable part of the theme: brand colour, mode, corners, density, logo. */
export function BrandingForm({
  draft,
  errors,
  onChange,
}: {
  draft: ThemeDraft;
  errors: readonly TenantThemeError[];
  onChange: (draft: ThemeDraft) => void;
}) {
  const tr = usePortalT('admin');
  const set = <K extends keyof ThemeDraft>(key: K, value: ThemeDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const errorOf = (field: keyof ThemeDraft) =>
    errors
      .filter((e) => fieldOf(e.path) === field)
      .map((e) => e.reason)
      .join(' ') || undefined;
  return (
    <Fields data-part="branding-form">
      <TextField
        label={tr('branding.brandColor')}
        value={draft.primary}
        onChange={(e) => set('primary', e.target.value)}
        error={errorOf('primary')}
        dir="ltr"
        spellCheck={false}
        name="primary"
        startAdornment={
          <Swatch
            type="color"
            aria-label={tr('branding.brandColorPicker')}
            value={toColorInputValue(draft.primary) ?? '#000000'}
            onChange={(e) => set('primary', e.target.value)}
          />
        }
      />
      <ChoiceGroup
        legend={tr('branding.mode')}
        options={colorModes}
        value={draft.colorMode}
        onChange={(v) => set('colorMode', v)}
        labelOf={(v) => tr(`branding.modes.${v}`)}
      />
      <ChoiceGroup
        legend={tr('branding.radius')}
        options={radiusChoices}
        value={draft.radius}
        onChange={(v) => set('radius', v)}
        labelOf={(v) => tr(`branding.radii.${v}`)}
      />
      <ChoiceGroup
        legend={tr('branding.density')}
        options={densities}
        value={draft.density}
        onChange={(v) => set('density', v)}
        labelOf={(v) => tr(`branding.densities.${v}`)}
      />
      <TextField
        label={tr('branding.logoUrl')}
        description={tr('branding.logoUrlHelp')}
        inputMode="url"
        name="logoUrl"
        dir="ltr"
        value={draft.logoUrl}
        onChange={(e) => set('logoUrl', e.target.value)}
        error={errorOf('logoUrl')}
      />
    </Fields>
  );
}
