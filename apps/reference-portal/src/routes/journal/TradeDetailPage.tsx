import type { JournalEntry } from '@journalkit/sdk';
import { useSaveTradeJournal, useTrade, useTradeJournal } from '@journalkit/sdk/react';
import {
  EmptyState,
  emptyJournalEntry,
  journalEmotions,
  JournalEntryEditor,
  Skeleton,
  TradeDetail,
  Link as UiLink,
} from '@journalkit/ui';
import type { JournalEntrySaveState, JournalEntryValue } from '@journalkit/ui';
import { useState } from 'react';
import { usePortalT } from '../../i18n/i18n';
import { Link, useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';
import { tradesListHref } from './tradesView';

const toValue = (entry: JournalEntry | null | undefined): JournalEntryValue =>
  entry
    ? {
        body: entry.body ?? '',
        tags: entry.tags ?? [],
        mistakes: entry.mistakes ?? [],
        setup: entry.setup ?? null,
        emotion: journalEmotions.find((e) => e === entry.emotion) ?? null,
        rating: entry.rating ?? null,
        initialStop: entry.initialStop ?? null,
        initialRisk: entry.initialRisk ?? null,
      }
    : emptyJournalEntry;

/**
 * The editor keeps its own draft once loaded, per trade (keyed by the trade, not the entry: the
 * first save creates the entry, and a remount then would lose the draft's "Saved").
 */
function JournalEditor({ tradeId, entry }: { tradeId: string; entry: JournalEntry | null }) {
  const tr = usePortalT('journal');
  const save = useSaveTradeJournal();
  const [value, setValue] = useState(() => toValue(entry));
  const state: JournalEntrySaveState = save.isPending
    ? 'saving'
    : save.isError
      ? 'error'
      : save.isSuccess
        ? 'saved'
        : 'idle';
  return (
    <>
      <h2>{tr('journalHeading')}</h2>
      <JournalEntryEditor
        value={value}
        onValueChange={setValue}
        saveState={state}
        onSave={(v) => save.mutate({ tradeId, body: v })}
      />
    </>
  );
}

/**
 * One trade: figures, fills and its journal entry (saved optimistically). "Back to trades" returns
 * to the list it was opened from, filters and sort included.
 */
export function TradeDetailPage({ tradeId }: { tradeId: string }) {
  const tr = usePortalT('journal');
  const { basePath } = useTenant();
  const { state } = useRouter();
  const back = tradesListHref(state, basePath);
  const trade = useTrade(tradeId);
  const journal = useTradeJournal(tradeId);
  return (
    <Page title={tr('tradeTitle')}>
      <JournalNav current="trades" />
      <UiLink asChild>
        <Link
          href={back.href}
          onClick={(event) => {
            // Opened from the list: go back to that history entry (its scroll comes back too).
            const plain = !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);
            if (!back.fromList || event.button !== 0 || !plain) return;
            event.preventDefault();
            window.history.back();
          }}
        >
          {tr('backToTrades')}
        </Link>
      </UiLink>
      {trade.isError ? (
        <EmptyState variant="card" titleAs="h2" title={tr('tradeNotFound')} />
      ) : !trade.data ? (
        <Skeleton lines={6} />
      ) : (
        <TradeDetail trade={trade.data}>
          {journal.isPending ? (
            <Skeleton lines={4} />
          ) : (
            <JournalEditor key={tradeId} tradeId={tradeId} entry={journal.data ?? null} />
          )}
        </TradeDetail>
      )}
    </Page>
  );
}
