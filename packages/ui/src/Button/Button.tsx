import { Slot } from '../internal/Slot';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, MouseEvent, ReactNode } from 'react';
import { Spinner } from '../icons/Spinner';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { ButtonLabel, StyledButton } from './Button.styles';

export const buttonVariants = defineVariants({
  variant: { values: ['solid', 'soft', 'outline', 'ghost'], default: 'solid' },
  tone: { values: ['accent', 'neutral', 'positive', 'negative'], default: 'accent' },
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant?: VariantValue<typeof buttonVariants, 'variant'>;
  tone?: VariantValue<typeof buttonVariants, 'tone'>;
  size?: VariantValue<typeof buttonVariants, 'size'>;
  /** Shows a spinner, keeps the width, announces "Loading" and ignores clicks. */
  loading?: boolean;
  /** Icon before the label (mirrored in RTL when it has a direction). */
  startIcon?: ReactNode;
  endIcon?: ReactNode;
  fullWidth?: boolean;
  /** Render the child element (e.g. a router link) with the button's look and behaviour. */
  asChild?: boolean;
}

/** The action button. Disabled buttons stay focusable (`aria-disabled`) so they can explain why. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = buttonVariants.variant.default,
    tone = buttonVariants.tone.default,
    size = buttonVariants.size.default,
    loading = false,
    disabled = false,
    startIcon,
    endIcon,
    fullWidth,
    asChild = false,
    type = 'button',
    onClick,
    children,
    ...rest
  },
  ref,
) {
  const t = useT();
  const inert = disabled || loading;
  return (
    <StyledButton
      as={asChild ? Slot : 'button'}
      ref={ref}
      data-component="Button"
      {...(!asChild && { type })}
      {...rest}
      aria-disabled={inert || undefined}
      aria-busy={loading || undefined}
      onClick={(e: MouseEvent<HTMLButtonElement>) => {
        if (inert) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
      data-variant={variant}
      data-tone={tone}
      data-size={size}
      data-full-width={fullWidth || undefined}
      data-disabled={disabled || undefined}
      data-loading={loading || undefined}
    >
      {asChild ? (
        children
      ) : (
        <>
          <ButtonLabel data-part="label">
            {startIcon}
            {children}
            {endIcon}
          </ButtonLabel>
          {loading && (
            <>
              <Spinner />
              <VisuallyHidden data-part="loading-text">{t('button.loading')}</VisuallyHidden>
            </>
          )}
        </>
      )}
    </StyledButton>
  );
});
