import { Dialog as RadixDialog } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { drawer as drawerStrings } from '../i18n/locales/drawer/en';
import { CloseIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { JournalkitPortal } from '../provider/Portal';
import * as S from './Drawer.styles';

export const drawerVariants = defineVariants({
  side: { values: ['end', 'start'], default: 'end' },
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface DrawerContentProps extends ComponentPropsWithoutRef<typeof RadixDialog.Content> {
  /** Logical side: `end` is the right in LTR and the left in RTL. */
  side?: VariantValue<typeof drawerVariants, 'side'>;
  size?: VariantValue<typeof drawerVariants, 'size'>;
  /** Hide the corner close button (keep another way to close, e.g. a Cancel button). */
  hideCloseButton?: boolean;
}

/** The side sheet: portalled, modal (focus trapped, page inert), Escape and overlay click close. */
const Content = forwardRef<HTMLDivElement, DrawerContentProps>(function DrawerContent(
  { side = 'end', size = 'md', hideCloseButton, children, ...rest },
  ref,
) {
  const t = useT(drawerStrings);
  return (
    <JournalkitPortal>
      <S.Overlay data-part="overlay" />
      <S.Content ref={ref} {...rest} data-component="Drawer.Content" data-side={side} data-size={size}>
        {children}
        {!hideCloseButton && (
          <S.CloseCorner data-part="close">
            <RadixDialog.Close asChild>
              <Square
                aria-label={t('drawer.close')}
                variant="ghost"
                tone="neutral"
                size="sm"
                data-component="IconButton"
              >
                <CloseIcon />
              </Square>
            </RadixDialog.Close>
          </S.CloseCorner>
        )}
      </S.Content>
    </JournalkitPortal>
  );
});

const Header = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DrawerHeader(props, ref) {
  return <S.Header ref={ref} {...props} data-component="Drawer.Header" />;
});

const Title = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<typeof RadixDialog.Title>>(
  function DrawerTitle(props, ref) {
    return <S.Title ref={ref} {...props} data-component="Drawer.Title" />;
  },
);

const Description = forwardRef<
  HTMLParagraphElement,
  ComponentPropsWithoutRef<typeof RadixDialog.Description>
>(function DrawerDescription(props, ref) {
  return <S.Description ref={ref} {...props} data-component="Drawer.Description" />;
});

const Body = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DrawerBody(props, ref) {
  return <S.Body ref={ref} {...props} data-component="Drawer.Body" />;
});

const Footer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DrawerFooter(props, ref) {
  return <S.Footer ref={ref} {...props} data-component="Drawer.Footer" />;
});

/**
 * A side sheet (Radix Dialog) for details and secondary tasks: a trade's details, filters, an
 * import's settings. Parts:
 *
 *   <Drawer.Root>
 *     <Drawer.Trigger asChild><Button>Details</Button></Drawer.Trigger>
 *     <Drawer.Content side="end">
 *       <Drawer.Header><Drawer.Title>EURUSD long</Drawer.Title></Drawer.Header>
 *       <Drawer.Body>…</Drawer.Body>
 *       <Drawer.Footer>…</Drawer.Footer>
 *     </Drawer.Content>
 *   </Drawer.Root>
 *
 * Every Content needs a Title (visually hidden if the design has none).
 */
export const Drawer = {
  Root: RadixDialog.Root,
  Trigger: RadixDialog.Trigger,
  Close: RadixDialog.Close,
  Content,
  Header,
  Title,
  Description,
  Body,
  Footer,
};

export type DrawerRootProps = ComponentPropsWithoutRef<typeof RadixDialog.Root>;
