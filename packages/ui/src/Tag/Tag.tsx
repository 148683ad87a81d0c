import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { CloseIcon } from '../icons/icons';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { RemoveButton, TagLabel, TagRoot } from './Tag.styles';

export const tagVariants = defineVariants({
  tone: {
    values: ['neutral', 'accent', 'secondary', 'positive', 'negative', 'warning', 'info'],
    default: 'neutral',
  },
});

export interface TagProps extends ComponentPropsWithoutRef<'span'> {
  tone?: VariantValue<typeof tagVariants, 'tone'>;
  icon?: ReactNode;
  /** Shows a remove button. */
  onRemove?: () => void;
  /** Accessible name of the remove button; default "Remove {label}" when children is text. */
  removeLabel?: string;
}

/** A keyword on a trade, lesson or post ("breakout", "EURUSD"), optionally removable. */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag(
  { tone = 'neutral', icon, onRemove, removeLabel, children, ...rest },
  ref,
) {
  const t = useT();
  const text = typeof children === 'string' || typeof children === 'number' ? String(children) : '';
  return (
    <TagRoot
      ref={ref}
      {...rest}
      data-component="Tag"
      data-tone={tone}
      data-removable={onRemove ? true : undefined}
    >
      {icon}
      <TagLabel data-part="label">{children}</TagLabel>
      {onRemove && (
        <RemoveButton
          type="button"
          aria-label={removeLabel ?? t('tag.remove', { label: text })}
          onClick={onRemove}
          data-part="remove"
        >
          <CloseIcon size={14} />
        </RemoveButton>
      )}
    </TagRoot>
  );
});
