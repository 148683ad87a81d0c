import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

/** Themed typography for user Markdown (trade notes, lesson text, community posts). */
export const Prose = styled.div`
  color: ${t.color.text};
  font-size: ${t.font.size.md};
  line-height: ${t.font.lineHeight.relaxed};
  overflow-wrap: anywhere;
  &[data-size='sm'] {
    font-size: ${t.font.size.sm};
    line-height: ${t.font.lineHeight.normal};
  }
  & > :first-child {
    margin-block-start: 0;
  }
  & > :last-child {
    margin-block-end: 0;
  }
  & :is(p, ul, ol, blockquote, pre, hr) {
    margin-block: 0 ${t.space[4]};
  }
  & :is(h2, h3, h4, h5, h6) {
    margin-block: ${t.space[6]} ${t.space[3]};
    font-family: ${t.font.family.heading};
    font-weight: ${t.font.weight.semibold};
    line-height: ${t.font.lineHeight.tight};
  }
  & h2 {
    font-size: ${t.font.size['2xl']};
  }
  & h3 {
    font-size: ${t.font.size.xl};
  }
  & h4 {
    font-size: ${t.font.size.lg};
  }
  & :is(h5, h6) {
    font-size: ${t.font.size.md};
  }
  & :is(ul, ol) {
    padding-inline-start: ${t.space[7]};
  }
  & li + li,
  & li > :is(ul, ol) {
    margin-block-start: ${t.space[1]};
  }
  & li > :is(ul, ol) {
    margin-block-end: 0;
  }
  & blockquote {
    margin-inline: 0;
    padding-inline-start: ${t.space[4]};
    border-inline-start: 3px solid ${t.color.borderStrong};
    color: ${t.color.textMuted};
  }
  & hr {
    border: 0;
    border-block-start: ${t.borderWidth.default} solid ${t.color.border};
  }
  & code {
    padding: 0.1em 0.35em;
    border-radius: ${t.radius.sm};
    background-color: ${t.color.surfaceSunken};
    font-family: ${t.font.family.mono};
    font-size: 0.875em;
  }
  & pre {
    padding: ${t.space[4]};
    border: ${t.borderWidth.default} solid ${t.color.border};
    border-radius: ${t.radius.md};
    background-color: ${t.color.surfaceSunken};
    line-height: ${t.font.lineHeight.normal};
    /* Wrap instead of scrolling: no keyboard trap, nothing hidden off to the side. */
    white-space: pre-wrap;
    direction: ltr;
    text-align: start;
  }
  & pre code {
    padding: 0;
    background: none;
    font-size: ${t.font.size.sm};
  }
  & img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${t.radius.md};
  }
  & [data-part='blocked-image'] {
    color: ${t.color.textMuted};
    font-style: italic;
  }
`;
