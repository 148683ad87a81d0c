import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';

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

export type JournalPageId = 'dashboard' | 'trades' | 'import' | 'accounts';

/** The journal's sub-navigation: dashboard, trades, import, accounts. */
export function JournalNav({ current }: { current: JournalPageId }) {
  const tr = usePortalT();
  const { basePath } = useTenant();
  const items: { id: JournalPageId; href: string; label: string }[] = [
    { id: 'dashboard', href: `${basePath}/journal`, label: tr('journal.nav.dashboard') },
    { id: 'trades', href: `${basePath}/journal/trades`, label: tr('journal.nav.trades') },
    { id: 'import', href: `${basePath}/journal/import`, label: tr('journal.nav.import') },
    { id: 'accounts', href: `${basePath}/journal/accounts`, label: tr('journal.nav.accounts') },
  ];
  return (
    <Nav aria-label={tr('journal.nav.label')}>
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
