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
