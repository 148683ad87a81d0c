import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon } from '../icons';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { variantArgTypes } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { Tag } from '../Tag/Tag';
import { makeTrades } from '../test/trades';
import type { SampleTrade } from '../test/trades';
import { Table, tableVariants } from './Table';
import type { TableColumn } from './types';

/** P&L the way the TradeTable will show it: sign, arrow and a spoken word, not colour alone. */
function PnlCell({ value }: { value: number }) {
  const f = useFormatters();
  const t = useT();
  const { text, trend } = f.pnl(value, 'USD');
  const Icon = trend === 'up' ? ArrowUpIcon : trend === 'down' ? ArrowDownIcon : ArrowFlatIcon;
  const word = trend === 'up' ? t('pnl.profit') : trend === 'down' ? t('pnl.loss') : t('pnl.breakeven');
  const color =
    trend === 'up'
      ? 'var(--jk-color-positive-text)'
      : trend === 'down'
        ? 'var(--jk-color-negative-text)'
        : undefined;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.25rem', color, fontWeight: 600 }}>
      <Icon />
      <VisuallyHidden>{word}</VisuallyHidden>
      <Num>{text}</Num>
    </span>
  );
}

const columns: TableColumn<SampleTrade>[] = [
  { id: 'symbol', header: 'Symbol', value: (r) => r.symbol, sortable: true, hideable: false, minWidth: 7 },
  { id: 'side', header: 'Side', value: (r) => r.side, sortable: true, minWidth: 5 },
  {
    id: 'opened',
    header: 'Opened',
    value: (r) => r.opened,
    sortable: true,
    sortDescendingFirst: true,
    minWidth: 8,
  },
  { id: 'qty', header: 'Qty', value: (r) => r.qty, numeric: true, sortable: true, minWidth: 5 },
  { id: 'entry', header: 'Entry', value: (r) => r.entry, numeric: true, minWidth: 6 },
  { id: 'exit', header: 'Exit', value: (r) => r.exit, numeric: true, minWidth: 6, defaultHidden: true },
  {
    id: 'pnl',
    header: 'P&L',
    value: (r) => r.pnl,
    cell: (r) => <PnlCell value={r.pnl} />,
    numeric: true,
    sortable: true,
    sortDescendingFirst: true,
    minWidth: 8,
  },
  { id: 'r', header: 'R', value: (r) => r.r, numeric: true, sortable: true, minWidth: 4 },
  {
    id: 'tags',
    header: 'Tags',
    cell: (r) => (
      <span style={{ display: 'inline-flex', gap: '0.25rem' }}>
        {r.tags.map((tag) => (
          <Tag key={tag}>{tag}</Tag>
        ))}
      </span>
    ),
    minWidth: 8,
  },
];

const thousand = makeTrades(1_000);
const hundredThousand = makeTrades(100_000);
const getRowId = (r: SampleTrade) => r.id;
const getRowLabel = (r: SampleTrade) => `${r.symbol} ${r.id}`;

const meta = {
  title: 'Components/Table',
  component: Table<SampleTrade>,
  args: {
    'aria-label': 'Trades',
    columns,
    rows: thousand,
    getRowId,
    getRowLabel,
    maxHeight: '24rem',
  },
  argTypes: {
    ...variantArgTypes(tableVariants),
    loading: { control: 'boolean' },
    columnPicker: { control: 'boolean' },
    columns: { control: false },
    rows: { control: false },
  },
} satisfies Meta<typeof Table<SampleTrade>>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { defaultSort: { columnId: 'opened', direction: 'descending' } },
};

export const Playground: Story = {
  args: { size: 'md', selectionMode: 'multiple', columnPicker: true, loading: false, onRowClick: fn() },
};

/** 100,000 generated trades: only the visible window of rows is in the DOM. */
export const HundredThousandRows: Story = {
  args: { rows: hundredThousand, columnPicker: true, onRowClick: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'Trades' });
    await expect(grid).toHaveAttribute('aria-rowcount', '100001');
    await expect(canvas.getAllByRole('row').length).toBeLessThan(60);
    // Sort by P&L from the keyboard: biggest first.
    const pnl = within(canvas.getByRole('columnheader', { name: /P&L/ })).getByRole('button');
    pnl.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: /P&L/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // Jump to the last row from the keyboard: it is rendered and focused, the window stays small.
    canvas.getAllByRole('row')[1]!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '100001'));
    await expect(canvas.getAllByRole('row').length).toBeLessThan(60);
  },
};

export const Selectable: Story = {
  args: {
    selectionMode: 'multiple',
    defaultSelectedRowIds: ['t2', 't3'],
    onSelectedRowIdsChange: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getAllByRole('row')[1]!.focus();
    await userEvent.keyboard(' ');
    await expect(args.onSelectedRowIdsChange).toHaveBeenLastCalledWith(['t2', 't3', 't1']);
  },
};

/** The column picker open: a disclosure with one checkbox per column. */
export const ChoosingColumns: Story = {
  args: { columnPicker: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }));
    const panel = canvas.getByRole('group', { name: 'Choose columns' });
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Exit' }));
    await expect(canvas.getByRole('columnheader', { name: 'Exit' })).toBeVisible();
  },
};

export const Compact: Story = { args: { size: 'sm', columnPicker: true } };

export const Loading: Story = { args: { rows: [], loading: true } };

export const LoadingMore: Story = { name: 'Loading (with rows)', args: { loading: true } };

export const Empty: Story = { args: { rows: [] } };

export const LongText: Story = {
  args: {
    rows: thousand.slice(0, 20).map((r, i) => ({
      ...r,
      symbol: i % 2 ? 'A very long instrument name that does not fit its column' : r.symbol,
      tags: ['breakout', 'followed the plan', 'London session open'],
    })),
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    'aria-label': 'الصفقات',
    columns: columns.map((c) => ({
      ...c,
      header:
        {
          symbol: 'الرمز',
          side: 'الاتجاه',
          opened: 'الفتح',
          qty: 'الكمية',
          entry: 'الدخول',
          exit: 'الخروج',
          pnl: 'الربح/الخسارة',
          r: 'R',
          tags: 'الوسوم',
        }[c.id] ?? c.header,
    })),
    columnPicker: true,
    selectionMode: 'multiple',
    defaultSelectedRowIds: ['t1'],
  },
};
