import { vars as t } from '@journalkit/theme';
import { Avatar as RadixAvatar } from 'radix-ui';
import styled from 'styled-components';

export const AvatarRoot = styled(RadixAvatar.Root)`
  --_avatar-size: 2.5rem;
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex-shrink: 0;
  inline-size: var(--_avatar-size);
  block-size: var(--_avatar-size);
  overflow: hidden;
  border-radius: 9999px;
  background-color: ${t.component.avatar.background};
  color: ${t.component.avatar.text};
  font-size: calc(var(--_avatar-size) * 0.4);
  font-weight: ${t.font.weight.semibold};
  user-select: none;
  vertical-align: middle;

  &[data-shape='square'] {
    border-radius: ${t.radius.md};
  }
  &[data-size='xs'] {
    --_avatar-size: 1.5rem;
  }
  &[data-size='sm'] {
    --_avatar-size: 2rem;
  }
  &[data-size='lg'] {
    --_avatar-size: 3rem;
  }
  &[data-size='xl'] {
    --_avatar-size: 4rem;
  }
`;

export const AvatarImage = styled(RadixAvatar.Image)`
  inline-size: 100%;
  block-size: 100%;
  object-fit: cover;
`;

export const AvatarFallback = styled(RadixAvatar.Fallback)`
  line-height: 1;
  text-transform: uppercase;
`;
