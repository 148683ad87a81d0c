import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { AlertIcon, InboxIcon } from '../icons/icons';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { EmptyActions, EmptyDescription, EmptyIcon, EmptyRoot, EmptyTitle } from './EmptyState.styles';

export const emptyStateVariants = defineVariants({
  variant: { values: ['plain', 'card'], default: 'plain' },
  tone: { values: ['neutral', 'negative'], default: 'neutral' },
});

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** Replaces the default icon (inbox; alert for `tone="negative"`). `null` for none. */
  icon?: ReactNode;
  /** What the user can do next (a Button or two). */
  actions?: ReactNode;
  titleAs?: 'h2' | 'h3' | 'h4';
  variant?: VariantValue<typeof emptyStateVariants, 'variant'>;
  /** `negative` for error states ("Could not load trades"). */
  tone?: VariantValue<typeof emptyStateVariants, 'tone'>;
}

/** Shown where a list, table or chart has nothing yet, or failed to load. */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { title, description, icon, actions, titleAs = 'h3', variant = 'plain', tone = 'neutral', ...rest },
  ref,
) {
  const shownIcon = icon === undefined ? tone === 'negative' ? <AlertIcon /> : <InboxIcon /> : icon;
  return (
    <EmptyRoot
      ref={ref}
      {...(tone === 'negative' && { role: 'alert' })}
      {...rest}
      data-component="EmptyState"
      data-variant={variant}
      data-tone={tone}
    >
      {shownIcon && (
        <EmptyIcon data-part="icon" data-tone={tone} aria-hidden>
          {shownIcon}
        </EmptyIcon>
      )}
      <EmptyTitle as={titleAs} data-part="title">
        {title}
      </EmptyTitle>
      {description && <EmptyDescription data-part="description">{description}</EmptyDescription>}
      {actions && <EmptyActions data-part="actions">{actions}</EmptyActions>}
    </EmptyRoot>
  );
});
