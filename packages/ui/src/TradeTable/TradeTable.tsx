import { forwardRef, useMemo } from 'react';
import type { ReactNode } from 'react';
import { tradeTable as tradeTableStrings } from '../i18n/locales/enComponents';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { SymbolText } from '../internal/SymbolText';
import { Table } from '../Table/Table';
import type { TableProps } from '../Table/Table';
import type { TableColumn } from '../Table/types';
import { Tag } from '../Tag/Tag';
import { PnlValue } from './PnlValue';
import { TagList, TradeTableRoot } from './TradeTable.styles';
import { toNumber } from './types';
import type { JournalTrade } from './types';

export const tradeTableColumnIds = [
  'symbol',
  'side',
  'opened',
  'closed',
  'qty',
  'entry',
  'exit',
  'pnl',
  'r',
  'tags',
] as const;
export type TradeTableColumnId = (typeof tradeTableColumnIds)[number];

export interface TradeTableProps extends Omit<
  TableProps<JournalTrade>,
  'columns' | 'rows' | 'getRowId' | 'onRowClick' | 'aria-label'
> {
  trades: readonly JournalTrade[];
  /** Row activation (click or Enter): open the trade. */
  onOpenTrade?: (id: string) => void;
  /** Accessible name of the table; default "Trades". */
  'aria-label'?: string;
}

/** The journal's list of trades on the virtualized Table: sortable, columns to choose, P&L signed. */
export const TradeTable = forwardRef<HTMLDivElement, TradeTableProps>(function TradeTable(
  { trades, onOpenTrade, 'aria-label': ariaLabel, columnPicker = true, defaultSort, className, ...rest },
  ref,
) {
  const t = useT(tradeTableStrings);
  const f = useFormatters();
  const columns = useMemo<TableColumn<JournalTrade>[]>(() => {
    const num = (v: number | null, digits = 8): ReactNode =>
      v === null ? '' : <Num>{f.number(v, { maximumFractionDigits: digits })}</Num>;
    return [
      {
        id: 'symbol',
        header: t('tradeTable.symbol'),
        value: (r) => r.symbol,
        cell: (r) => <SymbolText>{r.symbol}</SymbolText>,
        sortable: true,
        hideable: false,
        minWidth: 9,
      },
      {
        id: 'side',
        header: t('tradeTable.side'),
        value: (r) => r.direction,
        cell: (r) => t(r.direction === 'long' ? 'tradeTable.long' : 'tradeTable.short'),
        sortable: true,
        minWidth: 5,
      },
      {
        id: 'opened',
        header: t('tradeTable.opened'),
        value: (r) => new Date(r.openedAt),
        cell: (r) => f.dateTime(r.openedAt),
        sortable: true,
        sortDescendingFirst: true,
        minWidth: 12,
      },
      {
        id: 'closed',
        header: t('tradeTable.closed'),
        value: (r) => (r.closedAt ? new Date(r.closedAt) : null),
        cell: (r) => (r.closedAt ? f.dateTime(r.closedAt) : t('tradeTable.open')),
        sortable: true,
        sortDescendingFirst: true,
        minWidth: 12,
        defaultHidden: true,
      },
      {
        id: 'qty',
        header: t('tradeTable.qty'),
        value: (r) => toNumber(r.quantity),
        cell: (r) => num(toNumber(r.quantity)),
        numeric: true,
        sortable: true,
        // Seven digits and separators (2,500,000) fit.
        minWidth: 7,
      },
      {
        id: 'entry',
        header: t('tradeTable.entry'),
        value: (r) => toNumber(r.entryPrice),
        cell: (r) => num(toNumber(r.entryPrice)),
        numeric: true,
        sortable: true,
        // Prices are never cut: five significant digits and decimals (18,240.125), or a
        // crypto price's eight decimals (0.00012345), fit beside the table's padding.
        minWidth: 8,
      },
      {
        id: 'exit',
        header: t('tradeTable.exit'),
        value: (r) => toNumber(r.exitPrice),
        cell: (r) => num(toNumber(r.exitPrice)),
        numeric: true,
        sortable: true,
        // As entry.
        minWidth: 8,
      },
      {
        id: 'pnl',
        header: t('tradeTable.pnl'),
        value: (r) => toNumber(r.netPnl),
        cell: (r) => {
          const v = toNumber(r.netPnl);
          return v === null ? '' : <PnlValue value={v} currency={r.currency} />;
        },
        numeric: true,
        sortable: true,
        sortDescendingFirst: true,
        // Arrow, sign, symbol and cents of a five-figure P&L ("↑ +$10,938.84") must fit: a
        // clipped amount reads as another number.
        minWidth: 10,
      },
      {
        id: 'r',
        header: t('tradeTable.r'),
        value: (r) => r.rMultiple,
        cell: (r) => (r.rMultiple === null ? '' : <PnlValue value={r.rMultiple} unit="R" />),
        numeric: true,
        sortable: true,
        sortDescendingFirst: true,
        // Arrow, sign, two decimals and the unit (↑ +1.07R).
        minWidth: 6.5,
      },
      {
        id: 'tags',
        header: t('tradeTable.tags'),
        label: t('tradeTable.tags'),
        value: (r) => r.journal?.tags.join(', ') ?? '',
        cell: (r) => (
          <TagList data-part="tags">
            {(r.journal?.tags ?? []).map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </TagList>
        ),
        minWidth: 8,
      },
    ];
  }, [t, f]);

  return (
    <TradeTableRoot ref={ref} className={className} data-component="TradeTable">
      <Table<JournalTrade>
        aria-label={ariaLabel ?? t('tradeTable.label')}
        columns={columns}
        rows={trades}
        getRowId={(r) => r.id}
        getRowLabel={(r) => `${r.symbol} ${f.dateTime(r.openedAt)}`}
        onRowClick={onOpenTrade ? (r) => onOpenTrade(r.id) : undefined}
        columnPicker={columnPicker}
        defaultSort={defaultSort ?? { columnId: 'opened', direction: 'descending' }}
        {...rest}
      />
    </TradeTableRoot>
  );
});
