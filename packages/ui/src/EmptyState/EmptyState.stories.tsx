import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button';
import { PlusIcon } from '../icons';
import { variantArgTypes } from '../internal/variants';
import { EmptyState, emptyStateVariants } from './EmptyState';

const meta = {
  title: 'Components/EmptyState',
  component: EmptyState,
  args: {
    title: 'No trades yet',
    description: 'Import a CSV from your broker or log your first trade by hand.',
    actions: (
      <>
        <Button variant="outline">Import CSV</Button>
        <Button startIcon={<PlusIcon />}>Log a trade</Button>
      </>
    ),
  },
  argTypes: variantArgTypes(emptyStateVariants),
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { variant: 'card', tone: 'neutral', titleAs: 'h3' } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    tone: 'negative',
    variant: 'card',
    title: 'Could not load your trades',
    description: 'The connection to the server was interrupted. Your data is safe.',
    actions: <Button variant="outline">Try again</Button>,
  },
};

export const WithoutActions: Story = {
  args: { actions: undefined, variant: 'card', title: 'No comments yet' },
};

export const LongText: Story = {
  args: {
    title:
      'Nothing matches the filters “EURUSD”, “London session”, “A+ setup” and “Followed plan” in the selected date range',
    description:
      'Try removing a filter or widening the date range. Filters combine with AND, so every selected tag must be present on a trade for it to appear here.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    title: 'لا توجد صفقات بعد',
    description: 'استورد ملف CSV من وسيطك أو سجّل صفقتك الأولى يدويًا.',
    actions: <Button startIcon={<PlusIcon />}>سجّل صفقة</Button>,
  },
};
