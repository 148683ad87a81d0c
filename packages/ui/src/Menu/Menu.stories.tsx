import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { ChevronDownIcon, CloseIcon, PlusIcon } from '../icons';
import { Menu } from './Menu';

interface Args {
  trigger: string;
  defaultOpen: boolean;
  disabled: boolean;
  onSelect: (action: string) => void;
}

const meta = {
  title: 'Components/Menu',
  args: { trigger: 'Trade actions', defaultOpen: false, disabled: false, onSelect: fn() },
  decorators: [(Story) => <div style={{ minBlockSize: '22rem' }}>{Story()}</div>],
  render: function Render({ trigger, defaultOpen, disabled, onSelect }) {
    const [columns, setColumns] = useState({ fees: true, tags: false });
    const [density, setDensity] = useState('comfortable');
    return (
      <Menu.Root defaultOpen={defaultOpen} modal={false}>
        <Menu.Trigger asChild>
          <Button variant="outline" endIcon={<ChevronDownIcon />}>
            {trigger}
          </Button>
        </Menu.Trigger>
        <Menu.Content>
          <Menu.Item icon={<PlusIcon />} shortcut="⌘N" onSelect={() => onSelect('note')}>
            Add note
          </Menu.Item>
          <Menu.Item onSelect={() => onSelect('duplicate')}>Duplicate</Menu.Item>
          <Menu.Item disabled={disabled || undefined}>Share to community</Menu.Item>
          <Menu.Sub>
            <Menu.SubTrigger>Move to account</Menu.SubTrigger>
            <Menu.SubContent>
              <Menu.Item onSelect={() => onSelect('demo')}>Demo</Menu.Item>
              <Menu.Item onSelect={() => onSelect('live')}>Live</Menu.Item>
            </Menu.SubContent>
          </Menu.Sub>
          <Menu.Separator />
          <Menu.Label>Columns</Menu.Label>
          <Menu.CheckboxItem
            checked={columns.fees}
            onCheckedChange={(fees) => setColumns((c) => ({ ...c, fees }))}
          >
            Fees
          </Menu.CheckboxItem>
          <Menu.CheckboxItem
            checked={columns.tags}
            onCheckedChange={(tags) => setColumns((c) => ({ ...c, tags }))}
          >
            Tags
          </Menu.CheckboxItem>
          <Menu.Separator />
          <Menu.Label>Density</Menu.Label>
          <Menu.RadioGroup value={density} onValueChange={setDensity}>
            <Menu.RadioItem value="compact">Compact</Menu.RadioItem>
            <Menu.RadioItem value="comfortable">Comfortable</Menu.RadioItem>
          </Menu.RadioGroup>
          <Menu.Separator />
          <Menu.Item tone="negative" icon={<CloseIcon />} onSelect={() => onSelect('delete')}>
            Delete trade
          </Menu.Item>
        </Menu.Content>
      </Menu.Root>
    );
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Trade actions' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('duplicate');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Playground: Story = { args: { defaultOpen: true } };

export const Open: Story = { args: { defaultOpen: true } };

export const Disabled: Story = { args: { defaultOpen: true, disabled: true } };

export const LongText: Story = {
  args: { defaultOpen: true, trigger: 'Actions for EURUSD long, 14 March, London session breakout' },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { defaultOpen: true, trigger: 'إجراءات الصفقة' },
};
