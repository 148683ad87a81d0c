import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { pathTo } from '../routeTable';
import type { RouteId } from '../routeTable';
import { journal } from './routes';

const Nav = styled.nav`
  & ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space[2]};
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-end: 1px solid ${t.color.border};
  }
  & a {
    display: inline-block;
    padding-block: ${t.space[2]};
    padding-inline: ${t.space[3]};
    color: ${t.color.textMuted};
    text-decoration: none;
    border-block-end: 2px solid transparent;
  }
  & a[aria-current='page'] {
    color: ${t.color.text};
    border-block-end-color: ${t.color.accent};
    font-weight: ${t.font.weight.semibold};
  }
`;

/** The journal's pages in its sub-navigation (each named by its route's title). */
const NAV_PAGES = ['dashboard', 'trades', 'import', 'accounts'] as const satisfies readonly RouteId<
  typeof journal
>[];

export type JournalPageId = (typeof NAV_PAGES)[number];

/** The journal's sub-navigation: dashboard, trades, import, accounts. */
export function JournalNav({ current }: { current: JournalPageId }) {
  const tr = usePortalT('journal');
  const { basePath } = useTenant();
  const items = NAV_PAGES.map((id) => ({
    id,
    href: `${basePath}${pathTo(journal.routes[id])}`,
    label: tr(journal.routes[id].title),
  }));
  return (
    <Nav aria-label={tr('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={item.href} aria-current={item.id === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </Nav>
  );
}
