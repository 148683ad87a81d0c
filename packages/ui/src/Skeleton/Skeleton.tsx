import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, CSSProperties } from 'react';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { Bone, SkeletonRoot } from './Skeleton.styles';

export const skeletonVariants = defineVariants({
  shape: { values: ['text', 'rect', 'circle'], default: 'text' },
});

export interface SkeletonProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  shape?: VariantValue<typeof skeletonVariants, 'shape'>;
  /** Number of text lines (the last one shorter). */
  lines?: number;
  /** Any CSS length. */
  width?: string;
  height?: string;
}

/**
 * A placeholder while content loads. Decorative (`aria-hidden`): mark the region that is loading
 * with `aria-busy="true"` and give it a text alternative (Stat and Table do this for you).
 */
export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { shape = 'text', lines = 1, width, height, style, ...rest },
  ref,
) {
  const vars = { ...style, '--_skeleton-width': width, '--_skeleton-height': height } as CSSProperties;
  const count = shape === 'text' ? Math.max(1, lines) : 1;
  return (
    <SkeletonRoot ref={ref} aria-hidden {...rest} style={vars} data-component="Skeleton" data-shape={shape}>
      {Array.from({ length: count }, (_, i) => (
        <Bone
          key={i}
          data-part="bone"
          data-shape={shape}
          data-last-line={count > 1 && i === count - 1 ? true : undefined}
        />
      ))}
    </SkeletonRoot>
  );
});
