/** English strings of Pagination, registered by `useT(pagination)` on first render. */

export const paginationStrings = {
  label: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page {{page}}',
  pageSize: 'Rows per page',
  range: '{{start}}–{{end}} of {{total}}',
  rangeOpen: '{{start}}–{{end}}',
};

export const pagination = { pagination: paginationStrings };
