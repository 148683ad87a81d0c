import { vars as t } from '@journalkit/theme';
import styled, { keyframes } from 'styled-components';

const pulse = keyframes`
  0%, 100% { opacity: 1; }
  50% { opacity: 0.55; }
`;

export const SkeletonRoot = styled.span`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  inline-size: var(--_skeleton-width, 100%);
`;

export const Bone = styled.span`
  display: block;
  inline-size: 100%;
  block-size: var(--_skeleton-height, 1em);
  border-radius: ${t.radius.sm};
  background-color: ${t.component.skeleton.base};
  animation: ${pulse} 1.6s ${t.easing.standard} infinite;

  &[data-shape='circle'] {
    inline-size: var(--_skeleton-height, 2.5rem);
    block-size: var(--_skeleton-height, 2.5rem);
    border-radius: 9999px;
  }
  &[data-shape='rect'] {
    block-size: var(--_skeleton-height, 6rem);
    border-radius: ${t.radius.md};
  }
  &[data-last-line='true'] {
    inline-size: 70%;
  }

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;
