import { DropdownMenu } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { CheckIcon, ChevronRightIcon, DotIcon } from '../icons/icons';
import { JournalkitPortal } from '../provider/Portal';
import * as S from './Menu.styles';

type ItemTone = 'neutral' | 'negative';

export type MenuContentProps = ComponentPropsWithoutRef<typeof DropdownMenu.Content>;

const Content = forwardRef<HTMLDivElement, MenuContentProps>(function MenuContent(
  { sideOffset = 4, collisionPadding = 8, align = 'start', ...rest },
  ref,
) {
  return (
    <JournalkitPortal>
      <S.Content
        ref={ref}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        align={align}
        {...rest}
        data-component="Menu.Content"
      />
    </JournalkitPortal>
  );
});

export interface MenuItemProps extends ComponentPropsWithoutRef<typeof DropdownMenu.Item> {
  /** Decorative icon before the label. */
  icon?: ReactNode;
  /** Keyboard shortcut hint shown at the end (decorative; wire the shortcut yourself). */
  shortcut?: ReactNode;
  /** `negative` for destructive actions (delete trade, sign out everywhere). */
  tone?: ItemTone;
}

const Item = forwardRef<HTMLDivElement, MenuItemProps>(function MenuItem(
  { icon, shortcut, tone = 'neutral', children, ...rest },
  ref,
) {
  return (
    <S.Item ref={ref} {...rest} data-component="Menu.Item" data-tone={tone}>
      {icon && (
        <span data-part="indicator" aria-hidden>
          {icon}
        </span>
      )}
      {children}
      {shortcut && (
        <span data-part="shortcut" aria-hidden>
          <bdi dir="ltr">{shortcut}</bdi>
        </span>
      )}
    </S.Item>
  );
});

const CheckboxItem = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof DropdownMenu.CheckboxItem>>(
  function MenuCheckboxItem({ children, ...rest }, ref) {
    return (
      <S.CheckboxItem ref={ref} {...rest} data-component="Menu.CheckboxItem">
        <DropdownMenu.ItemIndicator data-part="indicator">
          <CheckIcon />
        </DropdownMenu.ItemIndicator>
        {children}
      </S.CheckboxItem>
    );
  },
);

const RadioItem = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof DropdownMenu.RadioItem>>(
  function MenuRadioItem({ children, ...rest }, ref) {
    return (
      <S.RadioItem ref={ref} {...rest} data-component="Menu.RadioItem">
        <DropdownMenu.ItemIndicator data-part="indicator">
          <DotIcon />
        </DropdownMenu.ItemIndicator>
        {children}
      </S.RadioItem>
    );
  },
);

const Label = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof DropdownMenu.Label>>(
  function MenuLabel(props, ref) {
    return <S.Label ref={ref} {...props} data-component="Menu.Label" />;
  },
);

const Separator = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof DropdownMenu.Separator>>(
  function MenuSeparator(props, ref) {
    return <S.Separator ref={ref} {...props} data-component="Menu.Separator" />;
  },
);

const SubTrigger = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<typeof DropdownMenu.SubTrigger> & { icon?: ReactNode }
>(function MenuSubTrigger({ icon, children, ...rest }, ref) {
  return (
    <S.SubTrigger ref={ref} {...rest} data-component="Menu.SubTrigger">
      {icon && (
        <span data-part="indicator" aria-hidden>
          {icon}
        </span>
      )}
      {children}
      <ChevronRightIcon data-part="chevron" />
    </S.SubTrigger>
  );
});

const SubContent = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof DropdownMenu.SubContent>>(
  function MenuSubContent({ sideOffset = 4, collisionPadding = 8, ...rest }, ref) {
    return (
      <JournalkitPortal>
        <S.SubContent
          ref={ref}
          sideOffset={sideOffset}
          collisionPadding={collisionPadding}
          {...rest}
          data-component="Menu.SubContent"
        />
      </JournalkitPortal>
    );
  },
);

/**
 * A dropdown menu of actions (Radix DropdownMenu, role="menu"): arrow keys move, typing jumps to an
 * item, Enter/Space activate, Escape closes and returns focus. Items, checkable items, radio
 * groups, labels, separators and submenus (which open towards the inline end, also in RTL).
 *
 *   <Menu.Root>
 *     <Menu.Trigger asChild><Button variant="outline">Trade</Button></Menu.Trigger>
 *     <Menu.Content>
 *       <Menu.Item onSelect={edit}>Edit</Menu.Item>
 *       <Menu.Separator />
 *       <Menu.Item tone="negative" onSelect={remove}>Delete</Menu.Item>
 *     </Menu.Content>
 *   </Menu.Root>
 */
export const Menu = {
  Root: DropdownMenu.Root,
  Trigger: DropdownMenu.Trigger,
  Group: DropdownMenu.Group,
  RadioGroup: DropdownMenu.RadioGroup,
  Sub: DropdownMenu.Sub,
  Content,
  Item,
  CheckboxItem,
  RadioItem,
  Label,
  Separator,
  SubTrigger,
  SubContent,
};

export type MenuRootProps = ComponentPropsWithoutRef<typeof DropdownMenu.Root>;
export type MenuCheckboxItemProps = ComponentPropsWithoutRef<typeof DropdownMenu.CheckboxItem>;
export type MenuRadioItemProps = ComponentPropsWithoutRef<typeof DropdownMenu.RadioItem>;
