import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Markdown, markdownVariants } from './Markdown';

const note = `# London breakout, EURUSD

## What went well

Waited for the **retest of the Asian high** and kept *risk* at 1%. The setup is described in
[my trading plan](https://example.com/plan).

1. Entry at \`1.0845\` after the 08:15 candle closed above the range
2. Stop under the retest low, \`1.0828\`
3. Target the previous day high

## What to improve

- Moved the stop to break-even too early
- Did not journal the trade until the evening

> The market rewards patience more than prediction.

\`\`\`
risk = balance * 0.01
size = risk / (entry - stop)
\`\`\`

---

Raw HTML is ignored: <script>alert('x')</script><b>not bold</b>
`;

const meta = {
  title: 'Components/Markdown',
  component: Markdown,
  args: { children: note },
  argTypes: {
    ...variantArgTypes(markdownVariants),
    topHeadingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Markdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'London breakout, EURUSD' }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: /my trading plan/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

export const Playground: Story = { args: { size: 'md', topHeadingLevel: 3, allowImages: true } };

export const Small: Story = { args: { size: 'sm' } };

export const Images: Story = {
  args: {
    children:
      'An inline chart:\n\n![A rising line](data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==)\n\nA plain http image is not shown: ![Screenshot of the entry](http://example.com/entry.png)',
  },
};

export const Empty: Story = { args: { children: '' } };

export const LongText: Story = {
  args: {
    children:
      'Averyveryverylongwordwithoutspacesthatwouldotherwiseoverflowthecontainerbecausetradersdopasteidsliketxn_9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0 and https://example.com/a/really/long/url/that/keeps/going/and/going/without/any/break/points/at/all\n\n`a_very_long_inline_code_identifier_from_the_broker_statement_export_file_name.csv`',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    children:
      '# مراجعة الصفقة\n\nانتظرت **إعادة الاختبار** وأبقيت المخاطرة عند 1%.\n\n- الدخول: `1.0845`\n- الخروج: `1.0912`\n\n> الصبر يؤتي ثماره.\n\n[خطة التداول](https://example.com/plan)',
  },
};
