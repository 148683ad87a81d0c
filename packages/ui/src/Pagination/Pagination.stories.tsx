import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination';

interface Args {
  pageCount: number;
  total: number;
  loading: boolean;
  siblingCount: number;
}

function Numbered({ pageCount, total, loading, siblingCount }: Args) {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(50);
  const count = Math.max(1, Math.ceil(total / size)) || pageCount;
  const start = (page - 1) * size + 1;
  return (
    <Pagination
      page={Math.min(page, count)}
      pageCount={count}
      onPageChange={setPage}
      siblingCount={siblingCount}
      pageSize={size}
      onPageSizeChange={(s) => {
        setSize(s);
        setPage(1);
      }}
      pageSizeOptions={[25, 50, 100]}
      range={{ start, end: Math.min(total, start + size - 1), total }}
      loading={loading}
    />
  );
}

const meta = {
  title: 'Components/Pagination',
  args: { pageCount: 25, total: 1234, loading: false, siblingCount: 1 },
  argTypes: { siblingCount: { control: { type: 'number', min: 0, max: 3 } } },
  render: (args) => <Numbered {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Pagination' });
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    await expect(within(nav).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(nav).toHaveTextContent('51–100 of 1,234');
  },
};

export const Playground: Story = {};

export const Cursor: Story = {
  render: function Render({ loading }) {
    const [page, setPage] = useState(0);
    return (
      <Pagination
        variant="cursor"
        hasPrevious={page > 0}
        hasNext={page < 3}
        onPrevious={() => setPage((p) => p - 1)}
        onNext={() => setPage((p) => p + 1)}
        pageSize={25}
        onPageSizeChange={() => {}}
        range={{ start: page * 25 + 1, end: page * 25 + 25 }}
        loading={loading}
      />
    );
  },
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = {
  render: () => (
    <Pagination page={1} pageCount={1} onPageChange={() => {}} range={{ start: 0, end: 0, total: 0 }} />
  ),
};

export const LongText: Story = {
  args: { total: 98765432 },
  decorators: [(Story) => <div style={{ maxInlineSize: '26rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };
