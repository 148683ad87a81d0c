import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { CalendarPopover, CalendarPopoverTrigger } from './CalendarPopover';
import type { CalendarPopoverProps } from './CalendarPopover';

const field = (
  <CalendarPopoverTrigger>
    <button type="button">Open calendar</button>
  </CalendarPopoverTrigger>
);

const renderPopover = (props: Partial<CalendarPopoverProps> = {}) =>
  renderWithProvider(
    <CalendarPopover label="Choose a date" align="end" component="Picker.Content" field={field} {...props}>
      {(close) => (
        <button type="button" onClick={close}>
          Pick
        </button>
      )}
    </CalendarPopover>,
  );

describe('CalendarPopover (shared by DatePicker and DateRangePicker)', () => {
  it('opens a named dialog in the provider scope; close() closes it and focus returns', async () => {
    const calls: string[] = [];
    const { baseElement } = renderPopover({
      onOpen: () => calls.push('onOpen'),
      onOpenChange: (open) => calls.push(`onOpenChange(${open})`),
    });
    const trigger = screen.getByRole('button', { name: 'Open calendar' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Choose a date' });
    expect(dialog).toHaveAttribute('data-component', 'Picker.Content');
    expect(dialog.closest('[data-part="portal"]')).toHaveAttribute('data-jk-key');
    // The content decides where focus goes (the calendar focuses its day); nothing is focused for it.
    expect(dialog).not.toContainElement(document.activeElement as HTMLElement);
    expect(calls).toEqual(['onOpen', 'onOpenChange(true)']);
    await expectNoAxeViolations(baseElement);
    await userEvent.click(screen.getByRole('button', { name: 'Pick' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual(['onOpen', 'onOpenChange(true)', 'onOpenChange(false)']);
    expect(trigger).toHaveFocus();
  });

  it('follows a controlled open prop and reports Escape without closing by itself', async () => {
    const onOpenChange = vi.fn();
    renderPopover({ open: true, onOpenChange });
    expect(screen.getByRole('dialog', { name: 'Choose a date' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
