import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { ToastProvider, useToast } from './index';
import type { ToastOptions } from './index';

function Trigger({ options }: { options: ToastOptions }) {
  const { toast, dismiss } = useToast();
  return (
    <>
      <Button onClick={() => toast(options)}>Save</Button>
      <Button onClick={() => dismiss()}>Clear all</Button>
    </>
  );
}

describe('Toast', () => {
  it('shows a toast in a named region, announced politely, with an action and a dismiss button', async () => {
    const undo = vi.fn();
    const { baseElement } = renderWithProvider(
      <ToastProvider>
        <Trigger
          options={{
            title: 'Trade saved',
            description: 'EURUSD long, +1.8R',
            tone: 'positive',
            action: { label: 'Undo', altText: 'Undo from the trade menu', onClick: undo },
          }}
        />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const region = screen.getByRole('region', { name: /Notifications \(F8\)/ });
    const item = within(region).getByRole('listitem');
    expect(item).toHaveAttribute('data-component', 'Toast');
    expect(item).toHaveAttribute('data-tone', 'positive');
    expect(item).toHaveTextContent('Trade saved');
    // Radix announces background toasts through a polite status region.
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').find((s) => s.textContent?.includes('Trade saved')),
      ).toHaveAttribute('aria-live', 'polite'),
    );
    await expectNoAxeViolations(baseElement);
    await userEvent.click(within(item).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('closes by its dismiss button and on its own after the duration', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderWithProvider(
        <ToastProvider duration={1000}>
          <Trigger options={{ title: 'Import finished' }} />
        </ToastProvider>,
      );
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(screen.getByRole('listitem')).toBeInTheDocument();
      act(() => void vi.advanceTimersByTime(2000));
      expect(screen.queryByRole('listitem')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await user.click(screen.getByRole('button', { name: 'Dismiss notification' }));
      act(() => void vi.advanceTimersByTime(500));
      expect(screen.queryByRole('listitem')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('needs a provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWithProvider(<Trigger options={{ title: 'x' }} />)).toThrow(/ToastProvider/);
    spy.mockRestore();
  });
});
