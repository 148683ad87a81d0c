import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { Button } from '../Button/Button';
import { pagination as paginationStrings } from '../i18n/locales/pagination/en';
import { useT } from '../i18n/useT';
import { ChevronDownIcon, ChevronLeftIcon, ChevronRightIcon } from '../icons/icons';
import { useFormatters } from '../intl/useFormatters';
import { useJkId } from '../internal/ids';
import { pageItems } from './pages';
import * as S from './Pagination.styles';

interface PaginationCommon extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** Current page size; with `onPageSizeChange`, shows a "Rows per page" select. */
  pageSize?: number;
  pageSizeOptions?: readonly number[];
  onPageSizeChange?: (size: number) => void;
  /** The rows shown (1-based, inclusive) and, when known, the total: "51–100 of 1,234". */
  range?: { start: number; end: number; total?: number };
  /** Disables the controls while a page loads. */
  loading?: boolean;
}

export interface CursorPaginationProps extends PaginationCommon {
  /** Previous/next only: for cursor-based APIs where page numbers are unknown. */
  variant: 'cursor';
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export interface NumberedPaginationProps extends PaginationCommon {
  variant?: 'numbered';
  /** 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  /** Pages shown on each side of the current one. Default 1. */
  siblingCount?: number;
}

export type PaginationProps = CursorPaginationProps | NumberedPaginationProps;

/**
 * Page through a list: `variant="cursor"` (previous/next, for cursor APIs) or numbered pages with
 * gaps. A `nav` landmark named "Pagination"; the current page has `aria-current="page"`; every
 * number is formatted in the locale.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(props, ref) {
  const t = useT(paginationStrings);
  const f = useFormatters();
  const { pageSize, pageSizeOptions = [10, 25, 50, 100], onPageSizeChange, range, loading, ...nav } = props;
  const n = (v: number) => f.number(v);
  const sizeId = useJkId();

  let prev: { disabled: boolean; go: () => void };
  let next: { disabled: boolean; go: () => void };
  let pages = null;
  let rest: Omit<ComponentPropsWithoutRef<'nav'>, 'children'>;
  if (nav.variant === 'cursor') {
    const { variant: _v, hasPrevious, hasNext, onPrevious, onNext, ...r } = nav;
    prev = { disabled: !hasPrevious, go: onPrevious };
    next = { disabled: !hasNext, go: onNext };
    rest = r;
  } else {
    const { variant: _v, page, pageCount, onPageChange, siblingCount = 1, ...r } = nav;
    prev = { disabled: page <= 1, go: () => onPageChange(page - 1) };
    next = { disabled: page >= pageCount, go: () => onPageChange(page + 1) };
    rest = r;
    pages = (
      <S.Pages data-part="pages">
        {pageItems(page, pageCount, siblingCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`}>
              <span data-part="gap" aria-hidden>
                …
              </span>
            </li>
          ) : (
            <li key={p}>
              <Button
                size="sm"
                variant="ghost"
                tone="neutral"
                aria-label={t('pagination.page', { page: n(p) })}
                aria-current={p === page ? 'page' : undefined}
                disabled={loading}
                onClick={() => p !== page && onPageChange(p)}
                data-part="page"
              >
                {n(p)}
              </Button>
            </li>
          ),
        )}
      </S.Pages>
    );
  }

  return (
    <S.Nav
      ref={ref}
      aria-label={t('pagination.label')}
      aria-busy={loading || undefined}
      {...rest}
      data-component="Pagination"
      data-variant={props.variant ?? 'numbered'}
    >
      {(range || onPageSizeChange) && (
        <S.Group data-part="size">
          {onPageSizeChange && pageSize !== undefined && (
            <S.PageSize data-part="page-size">
              <label htmlFor={sizeId}>{t('pagination.pageSize')}</label>
              <span data-part="control">
                <select
                  id={sizeId}
                  value={pageSize}
                  disabled={loading}
                  onChange={(e) => onPageSizeChange(Number(e.target.value))}
                >
                  {pageSizeOptions.map((s) => (
                    <option key={s} value={s}>
                      {n(s)}
                    </option>
                  ))}
                </select>
                <ChevronDownIcon />
              </span>
            </S.PageSize>
          )}
          {range && (
            <S.Range data-part="range">
              {range.total === undefined
                ? t('pagination.rangeOpen', { start: n(range.start), end: n(range.end) })
                : t('pagination.range', { start: n(range.start), end: n(range.end), total: n(range.total) })}
            </S.Range>
          )}
        </S.Group>
      )}
      <S.Group data-part="controls">
        <Button
          size="sm"
          variant="outline"
          tone="neutral"
          startIcon={<ChevronLeftIcon />}
          disabled={prev.disabled || loading}
          onClick={prev.go}
          aria-label={t('pagination.previousPage')}
          data-part="previous"
        >
          {t('pagination.previous')}
        </Button>
        {pages}
        <Button
          size="sm"
          variant="outline"
          tone="neutral"
          endIcon={<ChevronRightIcon />}
          disabled={next.disabled || loading}
          onClick={next.go}
          aria-label={t('pagination.nextPage')}
          data-part="next"
        >
          {t('pagination.next')}
        </Button>
      </S.Group>
    </S.Nav>
  );
});
