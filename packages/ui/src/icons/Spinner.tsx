import styled, { keyframes } from 'styled-components';

const spin = keyframes`to { transform: rotate(360deg); }`;

/** Indeterminate spinner; decorative (pair it with visually hidden text or aria-busy). */
export const Spinner = styled.span.attrs({ 'aria-hidden': true, 'data-part': 'spinner' })`
  display: inline-block;
  inline-size: 1em;
  block-size: 1em;
  border-radius: 50%;
  border: 2px solid currentColor;
  border-inline-end-color: transparent;
  animation: ${spin} 700ms linear infinite;

  @media (prefers-reduced-motion: reduce) {
    animation-duration: 2s;
  }
`;
