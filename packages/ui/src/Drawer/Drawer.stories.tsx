import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { variantArgTypes } from '../internal/variants';
import { TextArea } from '../TextArea/TextArea';
import { TextField } from '../TextField/TextField';
import { Drawer, drawerVariants } from './Drawer';
import type { DrawerContentProps } from './Drawer';

interface Args {
  side: NonNullable<DrawerContentProps['side']>;
  size: NonNullable<DrawerContentProps['size']>;
  hideCloseButton: boolean;
  defaultOpen: boolean;
  title: string;
  description: string;
}

const meta = {
  title: 'Components/Drawer',
  args: {
    side: 'end',
    size: 'md',
    hideCloseButton: false,
    defaultOpen: false,
    title: 'EURUSD long',
    description: 'Opened 14 Mar 09:12, closed 14 Mar 11:40.',
  },
  argTypes: variantArgTypes(drawerVariants),
  render: ({ side, size, hideCloseButton, defaultOpen, title, description }) => (
    <Drawer.Root defaultOpen={defaultOpen}>
      <Drawer.Trigger asChild>
        <Button variant="outline">Trade details</Button>
      </Drawer.Trigger>
      <Drawer.Content side={side} size={size} hideCloseButton={hideCloseButton}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description>{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body>
          <TextField label="Setup" defaultValue="London breakout" />
          <TextArea label="Notes" rows={4} defaultValue="Waited for the retest. Moved stop to break-even." />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="outline">Cancel</Button>
          </Drawer.Close>
          <Button>Save</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer.Root>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Trade details' });
    await userEvent.click(trigger);
    const dialog = await within(document.body).findByRole('dialog', { name: 'EURUSD long' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Playground: Story = { args: { defaultOpen: true } };

export const Start: Story = { args: { defaultOpen: true, side: 'start', size: 'sm' } };

export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Imported from Interactive Brokers Flex statement, account U1234567, March 2025',
    description:
      'This trade was built from 6 fills across two sessions. Commissions and exchange fees were allocated to each fill in proportion to its quantity.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { defaultOpen: true, title: 'شراء EURUSD', description: 'فُتحت في 14 مارس 09:12.' },
};
