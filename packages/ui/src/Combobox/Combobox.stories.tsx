import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Combobox, comboboxVariants } from './Combobox';
import type { ComboboxProps } from './Combobox';
import type { ComboboxItem } from './useCombobox';

const symbols: ComboboxItem[] = [
  { value: 'eurusd', label: 'EURUSD', description: 'Euro / US Dollar' },
  { value: 'gbpusd', label: 'GBPUSD', description: 'British Pound / US Dollar' },
  { value: 'usdjpy', label: 'USDJPY', description: 'US Dollar / Japanese Yen' },
  { value: 'xauusd', label: 'XAUUSD', description: 'Gold spot' },
  { value: 'spx', label: 'SPX500', description: 'S&P 500 index CFD', disabled: true },
  { value: 'dax', label: 'GER40', description: 'DAX index CFD' },
  { value: 'btcusd', label: 'BTCUSD', description: 'Bitcoin / US Dollar' },
];

const meta = {
  title: 'Components/Combobox',
  component: Combobox,
  args: { label: 'Symbol', items: symbols, placeholder: 'Search symbols', onValueChange: fn() },
  argTypes: { ...variantArgTypes(comboboxVariants), items: { control: false } },
  decorators: [(Story) => <div style={{ maxInlineSize: '22rem', minBlockSize: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('combobox', { name: 'Symbol' });
    await userEvent.type(input, 'usd');
    const listbox = await within(document.body).findByRole('listbox', { name: 'Symbol' });
    await expect(within(listbox).getAllByRole('option')).toHaveLength(5);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onValueChange).toHaveBeenCalledWith('gbpusd', symbols[1]);
    await waitFor(() => expect(input).toHaveValue('GBPUSD'));
  },
};

export const Playground: Story = {
  args: {
    description: 'Type to filter',
    size: 'md',
    required: false,
    disabled: false,
    loading: false,
    hideLabel: false,
  },
};

export const Open: Story = { args: { defaultOpen: true, defaultValue: 'xauusd' } };

/** `filter={false}` and results fetched in `onInputChange` (here a fake 600 ms search). */
export const Async: Story = {
  render: function Render(args: ComboboxProps) {
    const [items, setItems] = useState<ComboboxItem[]>([]);
    const [loading, setLoading] = useState(false);
    const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
    useEffect(() => () => clearTimeout(timer.current), []);
    return (
      <Combobox
        {...args}
        items={items}
        loading={loading}
        filter={false}
        emptyMessage="Type at least one letter"
        onInputChange={(text, reason) => {
          if (reason !== 'input' && reason !== 'clear') return;
          clearTimeout(timer.current);
          setLoading(Boolean(text));
          timer.current = setTimeout(() => {
            const q = text.toLowerCase();
            setItems(q ? symbols.filter((s) => s.label.toLowerCase().includes(q)) : []);
            setLoading(false);
          }, 600);
        }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByRole('combobox'), 'x');
    await expect(await within(document.body).findByRole('option', { name: /XAUUSD/ })).toBeInTheDocument();
  },
};

export const Loading: Story = { args: { defaultOpen: true, loading: true, items: [] } };

export const Empty: Story = { args: { defaultOpen: true, items: [] } };

export const WithError: Story = { args: { required: true, error: 'Choose the traded symbol' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: 'eurusd' } };

export const LongText: Story = {
  args: {
    label: 'Strategy this trade belongs to, as named in your trading plan',
    defaultOpen: true,
    items: [
      { value: 'a', label: 'London open breakout of the Asian range with a retest confirmation' },
      {
        value: 'b',
        label: 'Mean reversion to the daily VWAP after an overextended move',
        description: 'Only during the New York afternoon session, never before major news',
      },
    ],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    label: 'الرمز',
    placeholder: 'ابحث عن رمز',
    defaultOpen: true,
    defaultValue: 'gold',
    items: [
      { value: 'gold', label: 'الذهب', description: 'XAUUSD' },
      { value: 'oil', label: 'النفط', description: 'USOIL' },
      { value: 'euro', label: 'اليورو', description: 'EURUSD' },
    ],
  },
};
