import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextArea } from './TextArea';

const meta = {
  title: 'Components/TextArea',
  component: TextArea,
  args: { label: 'Trade note', placeholder: 'What did you see, what did you do, what would you change?' },
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: {
    description: 'Visible only to you',
    error: '',
    maxLength: 280,
    showCount: true,
    disabled: false,
    required: false,
    rows: 4,
  },
};

export const WithCount: Story = {
  args: { maxLength: 140, showCount: true, defaultValue: 'Followed the plan.' },
};

export const WithError: Story = {
  args: { error: 'Add at least one sentence before saving', required: true },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Locked after the weekly review.' } };

export const LongText: Story = {
  args: {
    rows: 6,
    defaultValue:
      'Entered long on the retest of the breakout level. Stop below the prior swing low, target at the daily resistance. Moved the stop to break-even after the first partial; the second half hit the target. Execution: good. Patience before entry: needs work — I almost chased the first candle.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'ملاحظة الصفقة', maxLength: 200, showCount: true, defaultValue: 'التزمت بالخطة.' },
};
