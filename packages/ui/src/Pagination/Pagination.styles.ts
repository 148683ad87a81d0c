import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Nav = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]} ${t.space[5]};
  font-size: ${t.font.size.sm};
  & svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;

export const Group = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[2]};
  &[data-part='size'] {
    gap: ${t.space[3]};
  }
  /* The page-size Select sits inline: label beside a narrow control. */
  & [data-component='Select'] {
    flex-direction: row;
    align-items: center;
    gap: ${t.space[3]};
  }
  & [data-component='Select'] [data-part='label'] {
    font-weight: ${t.font.weight.regular};
    color: ${t.color.textMuted};
    white-space: nowrap;
  }
  & [data-component='Select'] [data-part='trigger'] {
    inline-size: auto;
    min-inline-size: 4.5rem;
  }
`;

export const Pages = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[1]};
  margin: 0;
  padding: 0;
  list-style: none;
  & [aria-current='page'] {
    background-color: ${t.color.accentSubtle};
    color: ${t.color.accentText};
  }
  & [data-part='page'] {
    min-inline-size: ${t.control.height.sm};
    padding-inline: ${t.space[2]};
    font-variant-numeric: tabular-nums;
  }
  & [data-part='gap'] {
    display: inline-block;
    min-inline-size: 1.5rem;
    color: ${t.color.textMuted};
    text-align: center;
  }
`;

export const Range = styled.p`
  margin: 0;
  color: ${t.color.textMuted};
  font-variant-numeric: tabular-nums;
`;
