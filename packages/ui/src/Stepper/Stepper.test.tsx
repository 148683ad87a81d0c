import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Stepper } from './Stepper';

const steps = [
  { id: 'file', label: 'Choose file' },
  { id: 'map', label: 'Map columns', description: '3 columns need a match' },
  { id: 'review', label: 'Review' },
  { id: 'done', label: 'Import' },
];

describe('Stepper', () => {
  it('is a named ordered list with the current step marked and each state spoken', async () => {
    const ref = createRef<HTMLOListElement>();
    const { container } = renderWithProvider(<Stepper ref={ref} className="x" steps={steps} current={1} />);
    const list = screen.getByRole('list', { name: 'Progress' });
    expect(list).toBe(ref.current);
    expect(list).toHaveClass('x');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Step 1 of 4: Choose file, Completed');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('Map columns3 columns need a match, Current step');
    expect(items[3]).toHaveTextContent('Not started');
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('lets the user go back to completed and errored steps by keyboard', async () => {
    const onStepClick = vi.fn();
    renderWithProvider(
      <Stepper
        steps={[steps[0]!, { ...steps[1]!, state: 'error' as const }, steps[2]!, steps[3]!]}
        current={2}
        onStepClick={onStepClick}
      />,
      { locale: 'ar' },
    );
    expect(screen.getAllByRole('button')).toHaveLength(2);
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /Map columns/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /Map columns/ })).toHaveAccessibleName(/Needs attention/);
    await userEvent.keyboard('{Enter}');
    expect(onStepClick).toHaveBeenCalledWith(1, expect.objectContaining({ id: 'map' }));
  });
});
