import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '../Button/Button';
import { journalEntryEditor as strings } from '../i18n/locales/journalEntryEditor/en';
import { useT } from '../i18n/useT';
import { Tag } from '../Tag/Tag';
import { TextField } from '../TextField/TextField';
import { ChipList, ChipsRoot, ChipsRow } from './JournalEntryEditor.styles';

export interface ChipsFieldProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  disabled?: boolean;
  tone?: 'neutral' | 'negative';
}

/** A list of chips with an input to add one (Enter or the button) and a remove button on each. */
export function ChipsField({ label, values, onChange, disabled, tone = 'neutral' }: ChipsFieldProps) {
  const t = useT(strings);
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (v && !values.includes(v)) onChange([...values, v]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <ChipsRoot data-part="chips">
      <ChipsRow>
        <TextField
          label={label}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled}
          maxLength={60}
        />
        <Button
          variant="outline"
          tone="neutral"
          onClick={add}
          disabled={disabled || !draft.trim()}
          aria-label={t('journalEntryEditor.add', { label })}
        >
          {t('journalEntryEditor.addShort')}
        </Button>
      </ChipsRow>
      {values.length > 0 && (
        <ChipList aria-label={label}>
          {values.map((v) => (
            <li key={v}>
              <Tag
                tone={tone}
                onRemove={disabled ? undefined : () => onChange(values.filter((x) => x !== v))}
              >
                {v}
              </Tag>
            </li>
          ))}
        </ChipList>
      )}
    </ChipsRoot>
  );
}
