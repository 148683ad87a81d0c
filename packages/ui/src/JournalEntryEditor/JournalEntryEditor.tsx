import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react';
import { Button } from '../Button/Button';
import { journalEntryEditor as strings } from '../i18n/locales/journalEntryEditor/en';
import { useT } from '../i18n/useT';
import { useControllableState } from '../internal/useControllableState';
import { Markdown } from '../Markdown/Markdown';
import { useJournalkit } from '../provider/context';
import { RadioGroup } from '../RadioGroup/RadioGroup';
import { Select } from '../Select/Select';
import { Tabs } from '../Tabs/Tabs';
import { TextArea } from '../TextArea/TextArea';
import { TextField } from '../TextField/TextField';
import { ChipsField } from './ChipsField';
import { DecimalField, isInvalidDecimal } from './DecimalField';
import { ChipsGrid, EditorRoot, Footer, Grid, Preview } from './JournalEntryEditor.styles';

export const journalEmotions = [
  'calm',
  'confident',
  'excited',
  'fearful',
  'frustrated',
  'greedy',
  'anxious',
  'bored',
  'neutral',
] as const;
export type JournalEmotion = (typeof journalEmotions)[number];

/** The journal fields of a trade, as `putTradeJournal` takes them. */
export interface JournalEntryValue {
  body: string;
  tags: string[];
  mistakes: string[];
  setup: string | null;
  emotion: JournalEmotion | null;
  rating: number | null;
  /** A price; the server derives the risk from it. */
  initialStop: string | null;
  /** An amount at risk (wins over `initialStop`). */
  initialRisk: string | null;
}

export const emptyJournalEntry: JournalEntryValue = {
  body: '',
  tags: [],
  mistakes: [],
  setup: null,
  emotion: null,
  rating: null,
  initialStop: null,
  initialRisk: null,
};

export type JournalEntrySaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface JournalEntryEditorProps extends Omit<
  ComponentPropsWithoutRef<'form'>,
  'children' | 'onChange' | 'defaultValue' | 'onSubmit'
> {
  value?: JournalEntryValue;
  defaultValue?: JournalEntryValue;
  onValueChange?: (value: JournalEntryValue) => void;
  onSave: (value: JournalEntryValue) => void;
  saveState?: JournalEntrySaveState;
  /** What went wrong (already translated); shown with the error state. */
  error?: ReactNode;
  disabled?: boolean;
}

const NONE = '__none';

/** A trade's journal: notes in Markdown (write/preview), tags, mistakes, setup, emotion, rating, risk. */
export const JournalEntryEditor = forwardRef<HTMLFormElement, JournalEntryEditorProps>(
  function JournalEntryEditor(
    { value: valueProp, defaultValue, onValueChange, onSave, saveState = 'idle', error, disabled, ...rest },
    ref,
  ) {
    const t = useT(strings);
    const { locale } = useJournalkit();
    const [current, setValue] = useControllableState<JournalEntryValue>({
      value: valueProp,
      defaultValue: defaultValue ?? emptyJournalEntry,
      onChange: onValueChange,
    });
    const value = current ?? emptyJournalEntry;
    const patch = (p: Partial<JournalEntryValue>) => setValue({ ...value, ...p });
    const nullable = (s: string) => (s.trim() === '' ? null : s.trim());
    // Stop and risk are typed in the locale's form and kept in the API's (`"1.5"`): see DecimalField.
    const badStop = isInvalidDecimal(value.initialStop, locale);
    const badRisk = isInvalidDecimal(value.initialRisk, locale);
    const saving = saveState === 'saving';
    const submit = (e: FormEvent) => {
      e.preventDefault();
      if (!badStop && !badRisk) onSave(value);
    };
    const statusText =
      saveState === 'saving'
        ? t('journalEntryEditor.saving')
        : saveState === 'saved'
          ? t('journalEntryEditor.saved')
          : saveState === 'error'
            ? (error ?? t('journalEntryEditor.error'))
            : null;

    return (
      <EditorRoot
        ref={ref}
        aria-label={t('journalEntryEditor.label')}
        noValidate
        {...rest}
        onSubmit={submit}
        data-component="JournalEntryEditor"
        data-state={saveState}
      >
        <Tabs.Root defaultValue="write">
          <Tabs.List aria-label={t('journalEntryEditor.notes')}>
            <Tabs.Trigger value="write">{t('journalEntryEditor.write')}</Tabs.Trigger>
            <Tabs.Trigger value="preview">{t('journalEntryEditor.preview')}</Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="write">
            <TextArea
              label={t('journalEntryEditor.notes')}
              hideLabel
              value={value.body}
              onChange={(e) => patch({ body: e.target.value })}
              rows={8}
              maxLength={100_000}
              disabled={disabled}
            />
          </Tabs.Content>
          <Tabs.Content value="preview">
            <Preview data-part="preview">
              {value.body.trim() ? (
                <Markdown topHeadingLevel={4}>{value.body}</Markdown>
              ) : (
                t('journalEntryEditor.nothingToPreview')
              )}
            </Preview>
          </Tabs.Content>
        </Tabs.Root>
        <ChipsGrid>
          <ChipsField
            label={t('journalEntryEditor.tags')}
            values={value.tags}
            onChange={(tags) => patch({ tags })}
            disabled={disabled}
          />
          <ChipsField
            label={t('journalEntryEditor.mistakes')}
            values={value.mistakes}
            onChange={(mistakes) => patch({ mistakes })}
            disabled={disabled}
            tone="negative"
          />
        </ChipsGrid>
        <Grid>
          <TextField
            label={t('journalEntryEditor.setup')}
            value={value.setup ?? ''}
            onChange={(e) => patch({ setup: nullable(e.target.value) })}
            maxLength={60}
            disabled={disabled}
          />
          <Select
            label={t('journalEntryEditor.emotion')}
            value={value.emotion ?? NONE}
            onValueChange={(v) => patch({ emotion: v === NONE ? null : (v as JournalEmotion) })}
            options={[
              { value: NONE, label: t('journalEntryEditor.noEmotion') },
              ...journalEmotions.map((e) => ({ value: e, label: t(`journalEntryEditor.emotions.${e}`) })),
            ]}
            disabled={disabled}
          />
          <DecimalField
            label={t('journalEntryEditor.initialStop')}
            locale={locale}
            value={value.initialStop}
            onValueChange={(initialStop) => patch({ initialStop })}
            error={badStop ? t('journalEntryEditor.invalidNumber') : undefined}
            disabled={disabled}
          />
          <DecimalField
            label={t('journalEntryEditor.initialRisk')}
            description={t('journalEntryEditor.riskWins')}
            locale={locale}
            value={value.initialRisk}
            onValueChange={(initialRisk) => patch({ initialRisk })}
            error={badRisk ? t('journalEntryEditor.invalidNumber') : undefined}
            disabled={disabled}
          />
        </Grid>
        <RadioGroup
          label={t('journalEntryEditor.rating')}
          orientation="horizontal"
          value={value.rating === null ? '' : String(value.rating)}
          onValueChange={(v) => patch({ rating: Number(v) })}
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: t('journalEntryEditor.ratingOption', { count: n }),
          }))}
          disabled={disabled}
        />
        <Footer data-part="footer">
          <Button type="submit" loading={saving} disabled={disabled}>
            {t('journalEntryEditor.save')}
          </Button>
          <span data-part="status" data-state={saveState} role="status">
            {statusText}
          </span>
        </Footer>
      </EditorRoot>
    );
  },
);
