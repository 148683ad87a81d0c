import styled from 'styled-components';

/**
 * A ticker or option symbol (`SPY241220C00510000`): left-to-right text in any direction, isolated
 * from the text around it. It truncates itself, at its own end, so its beginning — the part that
 * says what it is — stays visible in right-to-left layouts too (an RTL line cuts LTR text from the
 * start). `wrap` breaks it anywhere instead (headings); the caller passes the full symbol as
 * `title` where it can be cut.
 */
const Root = styled.bdi`
  display: block;
  min-inline-size: 0;
  direction: ltr;
  unicode-bidi: isolate;
  /* Short symbols still align to the start of an RTL cell. */
  text-align: match-parent;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  &[data-wrap] {
    white-space: normal;
    overflow: visible;
    overflow-wrap: anywhere;
  }
`;

export function SymbolText({ children, wrap }: { children: string; wrap?: boolean }) {
  return (
    <Root dir="ltr" data-part="symbol" data-wrap={wrap || undefined} title={wrap ? undefined : children}>
      {children}
    </Root>
  );
}
