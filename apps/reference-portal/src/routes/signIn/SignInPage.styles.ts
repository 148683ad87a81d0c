import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Layout = styled.div`
  display: grid;
  place-items: center;
  min-block-size: 100dvh;
  padding: ${t.space[5]};
  box-sizing: border-box;
  & > main {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${t.space[5]};
    inline-size: min(100%, 26rem);
  }
  & [data-part='sign-in-card'] {
    inline-size: 100%;
  }
`;

export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
  padding: ${t.space[7]};
`;

export const Brand = styled.div`
  display: flex;
  justify-content: center;
  font-family: ${t.font.family.heading};
  font-size: ${t.font.size['2xl']};
  font-weight: ${t.font.weight.bold};
  color: ${t.color.text};
`;

export const Heading = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  text-align: center;
  & > h1 {
    margin: 0;
    font-family: ${t.font.family.heading};
    font-size: ${t.font.size.xl};
    font-weight: ${t.font.weight.semibold};
  }
  & > p {
    margin: 0;
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
  }
`;

export const ErrorBox = styled.p`
  margin: 0;
  padding: ${t.space[3]} ${t.space[4]};
  border-radius: ${t.radius.md};
  border-inline-start: 4px solid ${t.color.negative};
  background-color: ${t.color.negativeSubtle};
  color: ${t.color.text};
  font-size: ${t.font.size.sm};
`;

export const Languages = styled.nav`
  & > ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${t.space[4]};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${t.font.size.sm};
  }
`;
