import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { AccountSwitcher } from './AccountSwitcher';
import type { AccountSwitcherProps } from './AccountSwitcher';
import { sampleAccounts } from './fixtures';

function Controlled(props: AccountSwitcherProps) {
  const [value, setValue] = useState(props.value);
  return <AccountSwitcher {...props} value={value} onValueChange={setValue} />;
}

const meta = {
  title: 'Journal/AccountSwitcher',
  component: AccountSwitcher,
  args: { accounts: sampleAccounts, value: null, onValueChange: () => undefined },
  render: (args) => <Controlled {...args} />,
  decorators: [(Story) => <div style={{ maxInlineSize: '22rem' }}>{Story()}</div>],
} satisfies Meta<typeof AccountSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { allowAll: true, disabled: false, hideLabel: false, size: 'md' },
  argTypes: { size: { control: 'select', options: ['sm', 'md', 'lg'] } },
};

export const OneAccountChosen: Story = { args: { value: sampleAccounts[2]!.id } };

export const Empty: Story = { args: { accounts: [] } };

export const LongText: Story = {
  args: {
    accounts: [
      {
        id: 'long',
        name: 'Retirement account with a very long descriptive name that partners love',
        broker: 'Some Brokerage With A Long Legal Name International Ltd.',
        currency: 'CHF',
        archivedAt: null,
      },
      ...sampleAccounts,
    ],
    value: 'long',
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { value: sampleAccounts[0]!.id } };
