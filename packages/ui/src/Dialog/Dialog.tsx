import { Dialog as RadixDialog } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { CloseIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { useT } from '../i18n/useT';
import { JournalkitPortal } from '../provider/Portal';
import {
  CloseCorner,
  Content as StyledContent,
  Description as StyledDescription,
  Footer as StyledFooter,
  Overlay,
  Title as StyledTitle,
} from './Dialog.styles';

export interface DialogContentProps extends ComponentPropsWithoutRef<typeof RadixDialog.Content> {
  size?: 'sm' | 'md' | 'lg';
  /** Hide the corner close button (keep another way to close, e.g. a Cancel button). */
  hideCloseButton?: boolean;
}

/** The modal panel: portalled with the tenant's theme, focus trapped, Escape and overlay close. */
const Content = forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  { size = 'md', hideCloseButton, children, ...rest },
  ref,
) {
  const t = useT();
  return (
    <JournalkitPortal>
      <Overlay data-part="overlay" />
      <StyledContent ref={ref} {...rest} data-component="Dialog.Content" data-size={size}>
        {children}
        {!hideCloseButton && (
          <CloseCorner data-part="close">
            <RadixDialog.Close asChild>
              <Square
                aria-label={t('dialog.close')}
                variant="ghost"
                tone="neutral"
                size="sm"
                data-component="IconButton"
              >
                <CloseIcon />
              </Square>
            </RadixDialog.Close>
          </CloseCorner>
        )}
      </StyledContent>
    </JournalkitPortal>
  );
});

const Title = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<typeof RadixDialog.Title>>(
  function DialogTitle(props, ref) {
    return <StyledTitle ref={ref} {...props} data-component="Dialog.Title" />;
  },
);

const Description = forwardRef<
  HTMLParagraphElement,
  ComponentPropsWithoutRef<typeof RadixDialog.Description>
>(function DialogDescription(props, ref) {
  return <StyledDescription ref={ref} {...props} data-component="Dialog.Description" />;
});

const Footer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DialogFooter(props, ref) {
  return <StyledFooter ref={ref} {...props} data-component="Dialog.Footer" />;
});

/**
 * A modal dialog (Radix Dialog), composed from parts:
 *
 *   <Dialog.Root>
 *     <Dialog.Trigger asChild><Button>Edit trade</Button></Dialog.Trigger>
 *     <Dialog.Content>
 *       <Dialog.Title>Edit trade</Dialog.Title>
 *       <Dialog.Description>…</Dialog.Description>
 *       …
 *       <Dialog.Footer><Dialog.Close asChild><Button variant="outline">Cancel</Button></Dialog.Close></Dialog.Footer>
 *     </Dialog.Content>
 *   </Dialog.Root>
 *
 * Every Content needs a Title (use a visually hidden one if the design has none).
 */
export const Dialog = {
  Root: RadixDialog.Root,
  Trigger: RadixDialog.Trigger,
  Close: RadixDialog.Close,
  Content,
  Title,
  Description,
  Footer,
};

export type DialogRootProps = ComponentPropsWithoutRef<typeof RadixDialog.Root>;
