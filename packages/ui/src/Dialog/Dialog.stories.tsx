import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { TextArea } from '../TextArea/TextArea';
import { TextField } from '../TextField/TextField';
import { Dialog } from './Dialog';
import type { DialogContentProps } from './Dialog';

interface Args {
  size: NonNullable<DialogContentProps['size']>;
  hideCloseButton: boolean;
  defaultOpen: boolean;
  title: string;
  description: string;
}

const meta = {
  title: 'Components/Dialog',
  args: {
    size: 'md',
    hideCloseButton: false,
    defaultOpen: false,
    title: 'Edit trade',
    description: 'Change the entry, exit or your notes. The P&L is recalculated.',
  },
  argTypes: { size: { control: 'select', options: ['sm', 'md', 'lg'] } },
  render: ({ size, hideCloseButton, defaultOpen, title, description }) => (
    <Dialog.Root defaultOpen={defaultOpen}>
      <Dialog.Trigger asChild>
        <Button>{title}</Button>
      </Dialog.Trigger>
      <Dialog.Content size={size} hideCloseButton={hideCloseButton}>
        <Dialog.Title>{title}</Dialog.Title>
        <Dialog.Description>{description}</Dialog.Description>
        <TextField label="Exit price" defaultValue="1.0912" />
        <TextArea label="Note" rows={3} />
        <Dialog.Footer>
          <Dialog.Close asChild>
            <Button variant="outline">Cancel</Button>
          </Dialog.Close>
          <Button>Save</Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Edit trade' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Edit trade' });
    // Focus moves into the dialog (it is trapped there until it closes).
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await expect(within(document.body).queryByRole('dialog')).toBeNull();
  },
};

export const Playground: Story = {};

export const Open: Story = { args: { defaultOpen: true } };

export const Small: Story = {
  args: {
    defaultOpen: true,
    size: 'sm',
    title: 'Delete trade?',
    description: 'This removes the trade and its notes. You cannot undo it.',
  },
};

export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Review the imported trades before they are added to your journal and your statistics',
    description:
      'We found 214 trades in the file. 3 look like duplicates of trades you already have and 1 has an exit before its entry; those are not selected. Everything else will be imported with your default tags.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { defaultOpen: true, title: 'تعديل الصفقة', description: 'غيّر سعر الدخول أو الخروج أو ملاحظاتك.' },
};
