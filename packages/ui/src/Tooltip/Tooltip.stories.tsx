import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { Tooltip } from './Tooltip';

const meta = {
  title: 'Components/Tooltip',
  component: Tooltip,
  args: {
    content: 'Risk per trade as a percentage of account balance',
    children: <Button variant="outline">Risk %</Button>,
  },
  argTypes: {
    side: { control: 'select', options: ['top', 'right', 'bottom', 'left'] },
    align: { control: 'select', options: ['start', 'center', 'end'] },
    children: { control: false },
  },
  decorators: [(Story) => <div style={{ padding: '4rem 2rem' }}>{Story()}</div>],
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name: 'Risk %' })).toHaveFocus();
    await expect(await within(document.body).findByRole('tooltip')).toBeInTheDocument();
  },
};

export const Playground: Story = { args: { side: 'top', align: 'center', delayDuration: 400 } };

export const Open: Story = { args: { defaultOpen: true, side: 'bottom' } };

export const LongText: Story = {
  args: {
    defaultOpen: true,
    content:
      'Expectancy is the average amount you can expect to win or lose per trade: win rate times average win, minus loss rate times average loss.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    defaultOpen: true,
    side: 'left',
    content: 'المخاطرة لكل صفقة كنسبة من رصيد الحساب',
    children: <Button variant="outline">المخاطرة</Button>,
  },
};
