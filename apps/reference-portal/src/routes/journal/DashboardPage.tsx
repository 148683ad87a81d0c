import {
  useAccounts,
  useAnalyticsSummary,
  useBreakdown,
  useDailyResults,
  useEquityCurve,
} from '@journalkit/sdk/react';
import { BreakdownChart, Card, EmptyState, EquityCurve, PnLCalendar, StatsGrid } from '@journalkit/ui';
import type { ReactNode } from 'react';
import { usePortalT } from '../../i18n/i18n';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';
import { JournalStart } from './JournalStart';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <h2 style={{ marginBlock: '0 0.75rem', fontSize: '1rem' }}>{title}</h2>
      {children}
    </Card>
  );
}

/**
 * The journal's overview over all accounts: every metric, the equity curve with drawdown, the
 * month calendar of daily P&L, and results by setup and by weekday. Live updates refresh them.
 * Without any trade it says what to do first (create an account, or import).
 */
export function DashboardPage() {
  const tr = usePortalT('journal');
  const summary = useAnalyticsSummary();
  const accounts = useAccounts();
  const currency = summary.data?.currency ?? undefined;
  const equity = useEquityCurve(currency ? { currency, maxPoints: 2000 } : { maxPoints: 2000 });
  const daily = useDailyResults();
  const bySetup = useBreakdown({ by: 'setup' });
  const byWeekday = useBreakdown({ by: 'weekday' });
  const days = (daily.data?.data ?? []).filter((d) => !currency || d.currency === currency);
  const lastDay = days.at(-1)?.date;
  const inCurrency = <T extends { currency: string }>(rows: readonly T[] | undefined) =>
    (rows ?? []).filter((r) => !currency || r.currency === currency);

  if (summary.isError) {
    return (
      <Page title={tr('title')} description={tr('dashboardDescription')}>
        <JournalNav current="dashboard" />
        <EmptyState variant="card" titleAs="h2" title={tr('loadError')} />
      </Page>
    );
  }
  if (summary.data && summary.data.tradeCount + summary.data.openTradeCount === 0 && accounts.data) {
    return (
      <Page title={tr('title')} description={tr('dashboardDescription')}>
        <JournalNav current="dashboard" />
        <JournalStart hasAccounts={accounts.data.data.length > 0} />
      </Page>
    );
  }
  return (
    <Page title={tr('title')} description={tr('dashboardDescription')}>
      <JournalNav current="dashboard" />
      <div style={{ display: 'grid', gap: '1rem' }}>
        <StatsGrid summary={summary.data ?? null} loading={summary.isPending} />
        <Section title={tr('equityTitle')}>
          <EquityCurve
            data={equity.data?.data ?? []}
            currency={equity.data?.currency ?? null}
            loading={equity.isPending}
          />
        </Section>
        <div
          style={{
            display: 'grid',
            gap: '1rem',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 28rem), 1fr))',
          }}
        >
          <Section title={tr('calendarTitle')}>
            <PnLCalendar
              key={lastDay ?? 'today'}
              {...(lastDay ? { defaultMonth: lastDay } : {})}
              days={days}
              currency={currency ?? 'USD'}
            />
          </Section>
          <Section title={tr('bySetupTitle')}>
            <BreakdownChart by="setup" data={inCurrency(bySetup.data?.data)} />
          </Section>
          <Section title={tr('byWeekdayTitle')}>
            <BreakdownChart by="weekday" data={inCurrency(byWeekday.data?.data)} />
          </Section>
        </div>
      </div>
    </Page>
  );
}
