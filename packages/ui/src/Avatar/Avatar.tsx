import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { AvatarFallback, AvatarImage, AvatarRoot } from './Avatar.styles';

export const avatarVariants = defineVariants({
  size: { values: ['xs', 'sm', 'md', 'lg', 'xl'], default: 'md' },
  shape: { values: ['circle', 'square'], default: 'circle' },
});

export interface AvatarProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The person's (or community's) name: the accessible name and the initials fallback. */
  name: string;
  src?: string;
  size?: VariantValue<typeof avatarVariants, 'size'>;
  shape?: VariantValue<typeof avatarVariants, 'shape'>;
  /** Hide from assistive technology when the name is already next to it. */
  decorative?: boolean;
}

/** Up to two initials from the first and last word, for any script. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return `${first}${last}`;
}

/** A user picture with an initials fallback while loading or when there is none (Radix Avatar). */
export const Avatar = forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
  { name, src, size = 'md', shape = 'circle', decorative = false, ...rest },
  ref,
) {
  return (
    <AvatarRoot
      ref={ref}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
      {...rest}
      data-component="Avatar"
      data-size={size}
      data-shape={shape}
    >
      {src && <AvatarImage src={src} alt="" data-part="image" />}
      <AvatarFallback delayMs={src ? 300 : undefined} aria-hidden data-part="fallback">
        {initials(name)}
      </AvatarFallback>
    </AvatarRoot>
  );
});
