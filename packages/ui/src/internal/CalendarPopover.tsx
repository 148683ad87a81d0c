import { Popover } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';
import { JournalkitPortal } from '../provider/Portal';
import { Panel } from './CalendarPopover.styles';
import { useControllableState } from './useControllableState';

export interface CalendarPopoverProps {
  /** Open state, controlled or uncontrolled (the pickers pass their own props through). */
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Runs just before the popover opens (DateRangePicker restarts its draft from the value). */
  onOpen?: () => void;
  /** The field: its control with a `CalendarPopoverTrigger` inside, hidden form inputs. */
  field: ReactNode;
  /** The dialog's accessible name. */
  label: string;
  /** The edge of the field the panel lines up with. */
  align: 'start' | 'end';
  /** `data-component` of the panel (`DatePicker.Content`). */
  component: string;
  /** The panel's content; `close()` closes the popover (after a pick), focus returns to the trigger. */
  children: (close: () => void) => ReactNode;
}

/**
 * The calendar popover of DatePicker and DateRangePicker: a modal Radix popover (focus stays
 * inside; Escape or a click outside closes it and focus returns to the trigger), the panel
 * portalled in the provider's scope. It does not move focus on open: the calendar inside focuses
 * its selected day (or today) itself.
 */
export function CalendarPopover({
  open: openProp,
  defaultOpen,
  onOpenChange,
  onOpen,
  field,
  label,
  align,
  component,
  children,
}: CalendarPopoverProps) {
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen ?? false,
    onChange: onOpenChange,
  });
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        if (next) onOpen?.();
        setOpen(next);
      }}
      modal
    >
      {field}
      <JournalkitPortal>
        <Panel
          align={align}
          sideOffset={4}
          collisionPadding={8}
          aria-label={label}
          onOpenAutoFocus={(e) => e.preventDefault()}
          data-component={component}
        >
          {children(() => setOpen(false))}
        </Panel>
      </JournalkitPortal>
    </Popover.Root>
  );
}

/** The button that opens the calendar: its only child, which must forward its ref and props. */
export function CalendarPopoverTrigger({ children }: { children: ReactElement }) {
  return <Popover.Trigger asChild>{children}</Popover.Trigger>;
}
