import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { Checkbox } from '../Checkbox/Checkbox';
import { variantArgTypes } from '../internal/variants';
import { Link } from '../Link/Link';
import { Popover, popoverVariants } from './Popover';
import type { PopoverContentProps } from './Popover';

interface Args {
  size: NonNullable<PopoverContentProps['size']>;
  side: NonNullable<PopoverContentProps['side']>;
  align: NonNullable<PopoverContentProps['align']>;
  arrow: boolean;
  closeButton: boolean;
  defaultOpen: boolean;
  trigger: string;
  title: string;
  body: string;
}

const meta = {
  title: 'Components/Popover',
  args: {
    size: 'md',
    side: 'bottom',
    align: 'center',
    arrow: false,
    closeButton: false,
    defaultOpen: false,
    trigger: 'What is expectancy?',
    title: 'Expectancy',
    body: 'The average amount you make or lose per trade, in R multiples.',
  },
  argTypes: {
    ...variantArgTypes(popoverVariants),
    side: { control: 'select', options: ['top', 'right', 'bottom', 'left'] },
    align: { control: 'select', options: ['start', 'center', 'end'] },
  },
  decorators: [(Story) => <div style={{ padding: '2rem', minBlockSize: '16rem' }}>{Story()}</div>],
  render: ({ size, side, align, arrow, closeButton, defaultOpen, trigger, title, body }) => (
    <Popover.Root defaultOpen={defaultOpen}>
      <Popover.Trigger asChild>
        <Button variant="outline">{trigger}</Button>
      </Popover.Trigger>
      <Popover.Content size={size} side={side} align={align} arrow={arrow} closeButton={closeButton}>
        <Popover.Title>{title}</Popover.Title>
        <Popover.Description>{body}</Popover.Description>
        <Link href="#learn">Read the lesson</Link>
      </Popover.Content>
    </Popover.Root>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'What is expectancy?' });
    await userEvent.click(trigger);
    const dialog = await within(document.body).findByRole('dialog', { name: 'Expectancy' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Playground: Story = { args: { defaultOpen: true, arrow: true, closeButton: true } };

export const Open: Story = { args: { defaultOpen: true, arrow: true } };

export const WithForm: Story = {
  render: ({ size, defaultOpen }) => (
    <Popover.Root defaultOpen={defaultOpen}>
      <Popover.Trigger asChild>
        <Button variant="outline">Filters</Button>
      </Popover.Trigger>
      <Popover.Content size={size} align="start" closeButton>
        <Popover.Title>Show trades</Popover.Title>
        <Checkbox label="Winners" defaultChecked />
        <Checkbox label="Losers" defaultChecked />
        <Checkbox label="Break-even" />
        <Popover.Close asChild>
          <Button size="sm">Apply</Button>
        </Popover.Close>
      </Popover.Content>
    </Popover.Root>
  ),
  args: { defaultOpen: true },
};

export const LongText: Story = {
  args: {
    defaultOpen: true,
    size: 'lg',
    title: 'Why your realised and unrealised P&L differ from the broker statement',
    body: 'Brokers value open positions at the last traded price, including after-hours prints, while the journal uses the closing price of the session you chose in settings. Commissions on partial fills are also spread across each fill rather than charged once.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    defaultOpen: true,
    arrow: true,
    closeButton: true,
    align: 'start',
    trigger: 'ما هو التوقع؟',
    title: 'التوقع',
    body: 'متوسط ما تربحه أو تخسره في كل صفقة بمضاعفات R.',
  },
};
