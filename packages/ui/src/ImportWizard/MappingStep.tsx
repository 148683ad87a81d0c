import { importWizard as strings } from '../i18n/locales/importWizard/en';
import { useT } from '../i18n/useT';
import { Select } from '../Select/Select';
import { TextField } from '../TextField/TextField';
import { MappingGrid } from './ImportWizard.styles';
import { mappedFields, timeFormats } from './types';
import type { ImportMapping, MappedField, TimeFormat } from './types';

const FIXED = '__fixed';
const NONE = '__none';

export interface MappingStepProps {
  headers: readonly string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** One row per generic field: a column of the file, a fixed value, or (fees) nothing. */
export function MappingStep({ headers, mapping, onChange }: MappingStepProps) {
  const t = useT(strings);
  const choice = (f: MappedField) =>
    mapping.columns[f] ?? (mapping.constants?.[f] !== undefined ? FIXED : NONE);
  const set = (f: MappedField, v: string) => {
    const columns = { ...mapping.columns };
    const constants = { ...mapping.constants };
    delete columns[f];
    delete constants[f];
    if (v === FIXED) constants[f] = '';
    else if (v !== NONE) columns[f] = v;
    onChange({ ...mapping, columns, constants });
  };
  return (
    <MappingGrid data-part="mapping">
      {mappedFields.map((f) => (
        <div key={f} data-part="mapping-row">
          <Select
            label={t(`importWizard.fields.${f}`)}
            value={choice(f)}
            onValueChange={(v) => set(f, v)}
            options={[
              { value: NONE, label: t('importWizard.notMapped') },
              ...headers.map((h) => ({ value: h, label: h })),
              { value: FIXED, label: t('importWizard.fixedValue') },
            ]}
          />
          {choice(f) === FIXED && (
            <TextField
              label={t('importWizard.fixedValueFor', { field: t(`importWizard.fields.${f}`) })}
              value={mapping.constants?.[f] ?? ''}
              onChange={(e) =>
                onChange({ ...mapping, constants: { ...mapping.constants, [f]: e.target.value } })
              }
            />
          )}
        </div>
      ))}
      <Select
        label={t('importWizard.timeFormat')}
        value={mapping.timeFormat ?? 'iso'}
        onValueChange={(v) => onChange({ ...mapping, timeFormat: v as TimeFormat })}
        options={timeFormats.map((f) => ({
          value: f,
          label: f === 'iso' ? t('importWizard.timeIso') : f,
        }))}
      />
    </MappingGrid>
  );
}

/** Required fields that have neither a column nor a fixed value. */
export function missingFields(mapping: ImportMapping): MappedField[] {
  return mappedFields.filter(
    (f) => f !== 'fees' && !mapping.columns[f]?.trim() && !mapping.constants?.[f]?.trim(),
  );
}
