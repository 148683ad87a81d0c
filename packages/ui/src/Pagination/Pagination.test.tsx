import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Pagination } from './Pagination';
import { pageItems } from './pages';

describe('pageItems', () => {
  it('shows first, last, the current page with its neighbours and gaps, at a constant length', () => {
    expect(pageItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageItems(1, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageItems(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageItems(20, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
    expect(pageItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
  });
});

describe('Pagination', () => {
  it('numbered: a named nav, current page marked, locale numbers, previous/next', async () => {
    const ref = createRef<HTMLElement>();
    const onPageChange = vi.fn();
    const { container } = renderWithProvider(
      <Pagination
        ref={ref}
        className="x"
        page={1}
        pageCount={1200}
        onPageChange={onPageChange}
        range={{ start: 1, end: 50, total: 60000 }}
      />,
      { locale: 'de' },
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toBe(ref.current);
    expect(nav).toHaveClass('x');
    expect(within(nav).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Page 1.200' })).toBeInTheDocument();
    expect(nav).toHaveTextContent('1–50 of 60.000');
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPageChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(onPageChange).toHaveBeenLastCalledWith(3);
    await expectNoAxeViolations(container);
  });

  it('cursor: previous/next with a page size select, operable by keyboard', async () => {
    const onNext = vi.fn();
    const onPageSizeChange = vi.fn();
    const { baseElement } = renderWithProvider(
      <Pagination
        variant="cursor"
        hasPrevious={false}
        hasNext
        onPrevious={() => {}}
        onNext={onNext}
        pageSize={25}
        onPageSizeChange={onPageSizeChange}
        range={{ start: 1, end: 25 }}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Page/ })).toBeNull();
    expect(screen.getByRole('navigation')).toHaveTextContent('1–25');
    const size = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(size).toHaveValue('25');
    await userEvent.selectOptions(size, '50');
    expect(onPageSizeChange).toHaveBeenCalledWith(50);
    size.focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onNext).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(baseElement);
  });
});
