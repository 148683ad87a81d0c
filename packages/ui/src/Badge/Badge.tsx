import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { BadgeRoot } from './Badge.styles';

export const badgeVariants = defineVariants({
  variant: { values: ['soft', 'solid', 'outline'], default: 'soft' },
  tone: {
    values: ['neutral', 'accent', 'secondary', 'positive', 'negative', 'warning', 'info'],
    default: 'neutral',
  },
  size: { values: ['sm', 'md'], default: 'sm' },
});

export interface BadgeProps extends ComponentPropsWithoutRef<'span'> {
  variant?: VariantValue<typeof badgeVariants, 'variant'>;
  tone?: VariantValue<typeof badgeVariants, 'tone'>;
  size?: VariantValue<typeof badgeVariants, 'size'>;
  /** A leading icon; status badges should have one so tone is not conveyed by colour alone. */
  icon?: ReactNode;
}

/** A short, non-interactive status label ("Open", "Win", "Premium"). */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { variant = 'soft', tone = 'neutral', size = 'sm', icon, children, ...rest },
  ref,
) {
  return (
    <BadgeRoot
      ref={ref}
      {...rest}
      data-component="Badge"
      data-variant={variant}
      data-tone={tone}
      data-size={size}
    >
      {icon}
      {children}
    </BadgeRoot>
  );
});
