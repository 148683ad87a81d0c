import { createRef } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { BreakdownChart } from './BreakdownChart';
import { holdingBuckets, hourBuckets, setupBuckets, weekdayBuckets } from './fixtures';

const labels = () =>
  screen.getAllByRole('listitem').map((li) => li.querySelector('[data-part="label"]')?.textContent);

describe('BreakdownChart', () => {
  it('labels weekdays through Intl and says each value with sign and word', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <BreakdownChart ref={ref} className="mine" by="weekday" data={weekdayBuckets} />,
    );
    const root = screen.getByRole('group', { name: 'Net P&L by weekday' });
    expect(root).toBe(ref.current);
    expect(root).toHaveAttribute('data-component', 'BreakdownChart');
    expect(root).toHaveClass('mine');
    expect(labels()).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    const tuesday = screen.getAllByRole('listitem')[1]!;
    expect(within(tuesday).getByText('-$210.00').closest('[data-part="value"]')).toHaveTextContent(
      'Loss-$210.009 trades',
    );
    expect(tuesday.querySelector('[data-part="bar"]')).toHaveAttribute('data-tone', 'negative');
    await expectNoAxeViolations(container);
  });

  it('sorts by value with a toggle button', async () => {
    const onSortChange = vi.fn();
    renderWithProvider(<BreakdownChart by="weekday" data={weekdayBuckets} onSortChange={onSortChange} />);
    const toggle = screen.getByRole('button', { name: 'Sort by value' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(onSortChange).toHaveBeenCalledWith('value');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(labels()).toEqual(['Wednesday', 'Monday', 'Friday', 'Tuesday', 'Thursday']);
  });

  it('labels hours in the locale and holding buckets through i18n', () => {
    const { unmount } = renderWithProvider(<BreakdownChart by="hour" data={hourBuckets} />, { locale: 'de' });
    expect(labels()[0]).toMatch(/^09/);
    unmount();
    renderWithProvider(<BreakdownChart by="holding" data={holdingBuckets} metric="winRate" />);
    expect(labels()).toEqual([
      'Under 1 min',
      '1–5 min',
      '5–30 min',
      '30 min – 2 h',
      '2 h – 1 day',
      'Over 1 day',
    ]);
    expect(screen.getAllByRole('listitem')[5]).toHaveTextContent('—Not available');
  });

  it('keeps each full label in the DOM and in a title (the narrow layout may cut it off visually)', () => {
    renderWithProvider(<BreakdownChart by="setup" data={setupBuckets} />);
    const label = screen.getAllByRole('listitem')[3]!.querySelector('[data-part="label"]');
    expect(label).toHaveTextContent('Failed breakdown reversal on the daily chart');
    expect(label).toHaveAttribute('title', 'Failed breakdown reversal on the daily chart');
  });

  it('shows an empty message without buckets', () => {
    renderWithProvider(<BreakdownChart by="symbol" data={[]} />);
    expect(screen.getByText('No trades to break down')).toBeInTheDocument();
  });
});
