/**
 * Page numbers to show around `page` (1-based), with `'gap'` where pages are skipped. The list
 * keeps one length (first, last, current ± siblings and two gaps) so the controls do not jump.
 */
export function pageItems(page: number, count: number, siblings = 1): (number | 'gap')[] {
  const run = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const slots = siblings * 2 + 5;
  if (count <= slots) return run(1, count);
  const edge = siblings * 2 + 3; // pages shown at an end before the gap
  if (page <= siblings + 3) return [...run(1, edge), 'gap', count];
  if (page >= count - siblings - 2) return [1, 'gap', ...run(count - edge + 1, count)];
  return [1, 'gap', ...run(page - siblings, page + siblings), 'gap', count];
}
