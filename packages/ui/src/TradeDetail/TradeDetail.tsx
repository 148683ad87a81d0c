import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Badge } from '../Badge/Badge';
import { tradeDetail as tradeDetailStrings } from '../i18n/locales/tradeDetail/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { SymbolText } from '../internal/SymbolText';
import { PnlValue } from '../TradeTable/PnlValue';
import { toNumber } from '../TradeTable/types';
import type { JournalTrade } from '../TradeTable/types';
import { DetailRoot, ExecScroll, ExecTable, Facts, Header, Section } from './TradeDetail.styles';

/** One fill of a trade, as the API sends it. */
export interface JournalExecution {
  executionId: string;
  executedAt: string;
  side: 'buy' | 'sell';
  quantity: string;
  price: string;
  fees: string;
  effect: 'open' | 'close';
}

export interface JournalTradeDetail extends JournalTrade {
  executions: JournalExecution[];
}

export interface TradeDetailProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  trade: JournalTradeDetail;
  /** The journal editor (or anything else) under the executions. */
  children?: ReactNode;
}

/** A trade's header figures, prices and fills, with room for its journal entry. */
export const TradeDetail = forwardRef<HTMLElement, TradeDetailProps>(function TradeDetail(
  { trade, children, ...rest },
  ref,
) {
  const t = useT(tradeDetailStrings);
  const f = useFormatters();
  const num = (v: string | null) => {
    const n = toNumber(v);
    return n === null ? t('tradeDetail.none') : <Num>{f.number(n, { maximumFractionDigits: 6 })}</Num>;
  };
  const pnl = toNumber(trade.netPnl);
  const holding = trade.holdingSeconds === null ? null : formatDuration(trade.holdingSeconds, t);
  return (
    <DetailRoot ref={ref} {...rest} data-component="TradeDetail">
      <Header data-part="header">
        <h2>
          <SymbolText wrap>{trade.symbol}</SymbolText>
        </h2>
        <Badge tone={trade.direction === 'long' ? 'info' : 'secondary'}>
          {t(trade.direction === 'long' ? 'tradeDetail.long' : 'tradeDetail.short')}
        </Badge>
        <Badge tone={trade.status === 'open' ? 'warning' : 'neutral'} variant="outline">
          {t(trade.status === 'open' ? 'tradeDetail.open' : 'tradeDetail.closed')}
        </Badge>
      </Header>
      <Facts data-part="facts">
        <div>
          <dt>{t('tradeDetail.netPnl')}</dt>
          <dd>{pnl === null ? t('tradeDetail.none') : <PnlValue value={pnl} currency={trade.currency} />}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.r')}</dt>
          <dd>
            {trade.rMultiple === null ? t('tradeDetail.none') : <PnlValue value={trade.rMultiple} unit="R" />}
          </dd>
        </div>
        <div>
          <dt>{t('tradeDetail.holding')}</dt>
          <dd>{holding ?? t('tradeDetail.none')}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.quantity')}</dt>
          <dd>{num(trade.quantity)}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.entryPrice')}</dt>
          <dd>{num(trade.entryPrice)}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.exitPrice')}</dt>
          <dd>{num(trade.exitPrice)}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.opened')}</dt>
          <dd>{f.dateTime(trade.openedAt)}</dd>
        </div>
        <div>
          <dt>{t('tradeDetail.closedAt')}</dt>
          <dd>{trade.closedAt ? f.dateTime(trade.closedAt) : t('tradeDetail.none')}</dd>
        </div>
      </Facts>
      <Section data-part="executions" aria-labelledby={`${trade.id}-executions`}>
        <h3 id={`${trade.id}-executions`}>{t('tradeDetail.executions')}</h3>
        {/* Focusable so keyboards can scroll it: on a phone the table is wider than the screen. */}
        <ExecScroll
          data-part="executions-scroll"
          role="group"
          tabIndex={0}
          aria-labelledby={`${trade.id}-executions`}
        >
          <ExecTable>
            <thead>
              <tr>
                <th scope="col">{t('tradeDetail.time')}</th>
                <th scope="col">{t('tradeDetail.side')}</th>
                <th scope="col" data-numeric="">
                  {t('tradeDetail.quantity')}
                </th>
                <th scope="col" data-numeric="">
                  {t('tradeDetail.price')}
                </th>
                <th scope="col" data-numeric="">
                  {t('tradeDetail.fees')}
                </th>
                <th scope="col">{t('tradeDetail.effect')}</th>
              </tr>
            </thead>
            <tbody>
              {trade.executions.map((e) => (
                <tr key={e.executionId}>
                  <td>{f.dateTime(e.executedAt, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                  <td>{t(e.side === 'buy' ? 'tradeDetail.buy' : 'tradeDetail.sell')}</td>
                  <td data-numeric="">{num(e.quantity)}</td>
                  <td data-numeric="">{num(e.price)}</td>
                  <td data-numeric="">{num(e.fees)}</td>
                  <td>{t(e.effect === 'open' ? 'tradeDetail.opens' : 'tradeDetail.closes')}</td>
                </tr>
              ))}
            </tbody>
          </ExecTable>
        </ExecScroll>
      </Section>
      {children && <Section data-part="journal">{children}</Section>}
    </DetailRoot>
  );
});

function formatDuration(seconds: number, t: ReturnType<typeof useT>): string {
  const s = Math.round(seconds);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return t('tradeDetail.daysHours', { days: d, hours: h });
  if (h > 0) return t('tradeDetail.hoursMinutes', { hours: h, minutes: m });
  if (m > 0) return t('tradeDetail.minutesSeconds', { minutes: m, seconds: s % 60 });
  return t('tradeDetail.seconds', { seconds: s });
}
