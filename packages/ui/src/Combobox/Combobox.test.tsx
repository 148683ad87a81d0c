import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Combobox } from './Combobox';
import type { ComboboxItem } from './useCombobox';

const items: ComboboxItem[] = [
  { value: 'eurusd', label: 'EURUSD', description: 'Euro / US Dollar' },
  { value: 'gbpusd', label: 'GBPUSD' },
  { value: 'usdjpy', label: 'USDJPY', disabled: true },
  { value: 'dax', label: 'DAX Börse' },
];

describe('Combobox', () => {
  it('filters as you type, moves with arrows past disabled items and picks with Enter', async () => {
    const ref = createRef<HTMLInputElement>();
    const onValueChange = vi.fn();
    const { baseElement } = renderWithProvider(
      <Combobox ref={ref} label="Symbol" items={items} onValueChange={onValueChange} className="x" />,
    );
    const input = screen.getByRole('combobox', { name: 'Symbol' });
    expect(input).toBe(ref.current);
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(baseElement.querySelector('[data-component="Combobox"]')).toHaveClass('x');
    await userEvent.type(input, 'usd');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Symbol' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'EURUSDEuro / US Dollar',
      'GBPUSD',
      'USDJPY',
    ]);
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    expect(listbox.closest('[data-part="portal"]')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 results available');
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // Skipped the disabled USDJPY and wrapped to the first.
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith('gbpusd', items[1]);
    expect(input).toHaveValue('GBPUSD');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveFocus();
  });

  it('matches without case or accents, opens with the selection highlighted, Escape closes then clears', async () => {
    renderWithProvider(<Combobox label="Symbol" items={items} defaultValue="gbpusd" />, { locale: 'de' });
    const input = screen.getByRole('combobox', { name: 'Symbol' });
    expect(input).toHaveValue('GBPUSD');
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(screen.getByRole('option', { name: 'GBPUSD' })).toHaveAttribute('aria-selected', 'true');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: 'GBPUSD' }).id,
    );
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.clear(input);
    await userEvent.type(input, 'borse');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['DAX Börse']);
    await userEvent.keyboard('{Escape}');
    // Closing without picking reverts the text to the selection.
    expect(input).toHaveValue('GBPUSD');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('shows the empty message, picks with the mouse and toggles from its button', async () => {
    renderWithProvider(<Combobox label="Symbol" items={items} />);
    const input = screen.getByRole('combobox', { name: 'Symbol' });
    await userEvent.type(input, 'zzz');
    expect(screen.getByText('No results')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.click(screen.getByRole('option', { name: 'DAX Börse' }));
    expect(input).toHaveValue('DAX Börse');
    await userEvent.click(screen.getByRole('button', { name: 'Show options' }));
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('works with async items: no local filtering, a loading state, input reasons', async () => {
    const onInputChange = vi.fn();
    let respond: () => void = () => {};
    function Async() {
      const [results, setResults] = useState<ComboboxItem[]>([]);
      const [loading, setLoading] = useState(false);
      return (
        <Combobox
          label="Symbol"
          items={results}
          filter={false}
          loading={loading}
          onInputChange={(text, reason) => {
            onInputChange(text, reason);
            setLoading(true);
            respond = () => {
              setResults(text ? [{ value: 'x', label: `${text.toUpperCase()}USD` }] : []);
              setLoading(false);
            };
          }}
        />
      );
    }
    renderWithProvider(<Async />);
    const input = screen.getByRole('combobox', { name: 'Symbol' });
    await userEvent.type(input, 'e');
    expect(input).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading results…')).toBeInTheDocument();
    act(() => respond());
    await userEvent.click(await screen.findByRole('option', { name: 'EUSD' }));
    expect(onInputChange).toHaveBeenLastCalledWith('EUSD', 'select');
  });
});
