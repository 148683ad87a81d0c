import { Slot } from '../internal/Slot';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { ExternalLinkIcon } from '../icons/icons';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { StyledLink } from './Link.styles';

export const linkVariants = defineVariants({
  tone: { values: ['accent', 'neutral'], default: 'accent' },
  underline: { values: ['always', 'hover'], default: 'always' },
});

export interface LinkProps extends ComponentPropsWithoutRef<'a'> {
  tone?: VariantValue<typeof linkVariants, 'tone'>;
  /** `hover` only for links whose context already makes them obvious (navigation lists). */
  underline?: VariantValue<typeof linkVariants, 'underline'>;
  /** Opens in a new tab, safely, and tells screen-reader users so. */
  external?: boolean;
  /** Style a router link instead: `<Link asChild><RouterLink to="/x">…</RouterLink></Link>`. */
  asChild?: boolean;
}

/** A text link. Underlined by default so it is not identified by colour alone. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { tone = 'accent', underline = 'always', external, asChild, children, ...rest },
  ref,
) {
  const tr = useT();
  return (
    <StyledLink
      as={asChild ? Slot : 'a'}
      ref={ref}
      {...(external && { target: '_blank', rel: 'noopener noreferrer' })}
      {...rest}
      data-component="Link"
      data-tone={tone}
      data-underline={underline}
    >
      {asChild ? (
        children
      ) : (
        <>
          {children}
          {external && (
            <>
              <ExternalLinkIcon />
              <VisuallyHidden>{` ${tr('common.opensInNewTab')}`}</VisuallyHidden>
            </>
          )}
        </>
      )}
    </StyledLink>
  );
});
