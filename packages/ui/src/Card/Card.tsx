import { Slot } from '../internal/Slot';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import {
  CardActions,
  CardDescription,
  CardFooter,
  CardHeader,
  CardHeading,
  CardRoot,
  CardTitle,
} from './Card.styles';

export const cardVariants = defineVariants({
  variant: { values: ['outline', 'elevated', 'filled'], default: 'outline' },
  padding: { values: ['none', 'sm', 'md'], default: 'md' },
});

export interface CardProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  variant?: VariantValue<typeof cardVariants, 'variant'>;
  padding?: VariantValue<typeof cardVariants, 'padding'>;
  title?: ReactNode;
  /** Heading level of the title; pick what fits the page outline. Default `h3`. */
  titleAs?: 'h2' | 'h3' | 'h4';
  description?: ReactNode;
  /** Top-end actions (icon buttons, a menu). */
  actions?: ReactNode;
  footer?: ReactNode;
  /** Render as the child element (`<article>`, `<section>`, a link…). */
  asChild?: boolean;
  /** Hover/focus styling for cards that are one big link/button (use with asChild). */
  interactive?: boolean;
}

/** A surface grouping related content: optional title, description, actions and footer. */
export const Card = forwardRef<HTMLDivElement, CardProps>(function Card(
  {
    variant = 'outline',
    padding = 'md',
    title,
    titleAs = 'h3',
    description,
    actions,
    footer,
    asChild,
    interactive,
    children,
    ...rest
  },
  ref,
) {
  const hasHeader = Boolean(title || description || actions);
  const body = (
    <>
      {hasHeader && (
        <CardHeader data-part="header">
          <CardHeading>
            {title && (
              <CardTitle as={titleAs} data-part="title">
                {title}
              </CardTitle>
            )}
            {description && <CardDescription data-part="description">{description}</CardDescription>}
          </CardHeading>
          {actions && <CardActions data-part="actions">{actions}</CardActions>}
        </CardHeader>
      )}
      {children}
      {footer && <CardFooter data-part="footer">{footer}</CardFooter>}
    </>
  );
  return (
    <CardRoot
      as={asChild ? Slot : 'div'}
      ref={ref}
      {...rest}
      data-component="Card"
      data-variant={variant}
      data-padding={padding}
      data-interactive={interactive || undefined}
    >
      {asChild ? children : body}
    </CardRoot>
  );
});
