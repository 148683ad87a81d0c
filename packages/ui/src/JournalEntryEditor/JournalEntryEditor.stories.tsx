import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { emptyJournalEntry, JournalEntryEditor } from './JournalEntryEditor';
import type { JournalEntryValue } from './JournalEntryEditor';

const filled: JournalEntryValue = {
  body: '## Plan\n\nWaited for the **retest** of the London high, then scaled in.\n\n- Target hit\n- Fees fine',
  tags: ['breakout', 'London'],
  mistakes: ['moved stop'],
  setup: 'Opening range',
  emotion: 'calm',
  rating: 4,
  initialStop: '1.0821',
  initialRisk: null,
};

const meta = {
  title: 'Journal/JournalEntryEditor',
  component: JournalEntryEditor,
  args: { defaultValue: filled, onSave: fn(), onValueChange: fn() },
  argTypes: {
    saveState: { control: 'inline-radio', options: ['idle', 'saving', 'saved', 'error'] },
    disabled: { control: 'boolean' },
  },
} satisfies Meta<typeof JournalEntryEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { saveState: 'idle', disabled: false } };

export const Empty: Story = { args: { defaultValue: emptyJournalEntry } };

export const PreviewTab: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Preview' }));
    await expect(canvas.getByRole('heading', { name: 'Plan' })).toBeVisible();
  },
};

export const Saving: Story = { args: { saveState: 'saving' } };

export const Saved: Story = { args: { saveState: 'saved' } };

export const WithError: Story = { args: { saveState: 'error' } };

export const Disabled: Story = { args: { disabled: true } };

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** German: the stored `1.0821` shows as `1,0821`, `0,5` is typed, and the API's form is saved. */
export const GermanDecimals: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Initialer Stop (Kurs)' })).toHaveValue('1,0821');
    await userEvent.type(canvas.getByRole('textbox', { name: /Initiales Risiko/ }), '0,5');
    await expect(canvas.queryByText(/Geben Sie eine Zahl ein/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Journal speichern' }));
    await expect(args.onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ initialStop: '1.0821', initialRisk: '0.5' }),
    );
  },
};

/** Arabic: Arabic-Indic digits and the Arabic decimal separator are read as `1.5`. */
export const ArabicDecimals: Story = {
  globals: { locale: 'ar' },
  args: { defaultValue: emptyJournalEntry },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'وقف الخسارة الأولي (السعر)' }), '١٫٥');
    await expect(canvas.queryByText(/أدخل رقمًا/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'حفظ التدوينة' }));
    await expect(args.onSave).toHaveBeenLastCalledWith(expect.objectContaining({ initialStop: '1.5' }));
  },
};
