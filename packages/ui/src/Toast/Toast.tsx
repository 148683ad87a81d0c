import { Toast as RadixToast } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Button } from '../Button/Button';
import { toast as toastStrings } from '../i18n/locales/toast/en';
import { useT } from '../i18n/useT';
import { AlertIcon, CheckIcon, CloseIcon, InfoIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import * as S from './Toast.styles';

export const toastVariants = defineVariants({
  tone: { values: ['neutral', 'info', 'positive', 'warning', 'negative'], default: 'neutral' },
});

export type ToastTone = VariantValue<typeof toastVariants, 'tone'>;

export interface ToastAction {
  /** Button text, already translated. */
  label: string;
  /** How to do the same without the button, for screen-reader users (Radix requires it). */
  altText: string;
  onClick: () => void;
}

export interface ToastProps extends Omit<ComponentPropsWithoutRef<typeof RadixToast.Root>, 'title' | 'type'> {
  title: ReactNode;
  description?: ReactNode;
  /** Icon and accent stripe: the tone is never carried by colour alone. */
  tone?: ToastTone;
  action?: ToastAction;
}

const icons = { neutral: null, info: InfoIcon, positive: CheckIcon, warning: AlertIcon, negative: AlertIcon };

/**
 * One notification (Radix Toast). Usually created through `useToast().toast({...})`; can also be
 * rendered declaratively with `open`/`onOpenChange` inside a `ToastProvider`. Announced politely
 * (it never interrupts), paused on hover and focus, dismissed by swipe, Escape or its button.
 */
export const Toast = forwardRef<HTMLLIElement, ToastProps>(function Toast(
  { title, description, tone = 'neutral', action, ...rest },
  ref,
) {
  const t = useT(toastStrings);
  const Icon = icons[tone];
  return (
    <S.Root ref={ref} type="background" {...rest} data-component="Toast" data-tone={tone}>
      {Icon && (
        <span data-part="icon">
          <Icon />
        </span>
      )}
      <S.Text data-part="text">
        <S.Title data-part="title">{title}</S.Title>
        {description && <S.Description data-part="description">{description}</S.Description>}
      </S.Text>
      <S.Actions data-part="actions">
        {action && (
          <RadixToast.Action asChild altText={action.altText}>
            <Button size="sm" variant="soft" tone="neutral" onClick={action.onClick}>
              {action.label}
            </Button>
          </RadixToast.Action>
        )}
        <RadixToast.Close asChild>
          <Square
            aria-label={t('toast.dismiss')}
            variant="ghost"
            tone="neutral"
            size="sm"
            data-component="IconButton"
          >
            <CloseIcon />
          </Square>
        </RadixToast.Close>
      </S.Actions>
    </S.Root>
  );
});
