import type { Tabs as RadixTabs } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import * as S from './Tabs.styles';

export const tabsVariants = defineVariants({
  variant: { values: ['underline', 'soft'], default: 'underline' },
});

export type TabsRootProps = ComponentPropsWithoutRef<typeof RadixTabs.Root>;

/** Holds the selected tab (`value` / `defaultValue` / `onValueChange`) and the orientation. */
const Root = forwardRef<HTMLDivElement, TabsRootProps>(function TabsRoot(props, ref) {
  return <S.Root ref={ref} {...props} data-component="Tabs" />;
});

export interface TabsListProps extends ComponentPropsWithoutRef<typeof RadixTabs.List> {
  variant?: VariantValue<typeof tabsVariants, 'variant'>;
  /** Stretch the tabs to share the full width. */
  fullWidth?: boolean;
}

/** The row of tabs (role="tablist"). Name it with `aria-label` when the page has several. */
const List = forwardRef<HTMLDivElement, TabsListProps>(function TabsList(
  { variant = 'underline', fullWidth, ...rest },
  ref,
) {
  return (
    <S.List
      ref={ref}
      {...rest}
      data-component="Tabs.List"
      data-variant={variant}
      data-full-width={fullWidth || undefined}
    />
  );
});

export interface TabsTriggerProps extends ComponentPropsWithoutRef<typeof RadixTabs.Trigger> {
  /** A count shown after the label (open trades, unread posts), formatted in the locale. */
  count?: number;
  icon?: ReactNode;
}

const Trigger = forwardRef<HTMLButtonElement, TabsTriggerProps>(function TabsTrigger(
  { count, icon, children, ...rest },
  ref,
) {
  const f = useFormatters();
  return (
    <S.Trigger ref={ref} {...rest} data-component="Tabs.Trigger">
      {icon}
      {children}
      {count !== undefined && ' '}
      {count !== undefined && (
        <span data-part="count">
          <Num>{f.number(count)}</Num>
        </span>
      )}
    </S.Trigger>
  );
});

const Content = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof RadixTabs.Content>>(
  function TabsContent(props, ref) {
    return <S.Content ref={ref} {...props} data-component="Tabs.Content" />;
  },
);

/**
 * Tabs (Radix Tabs, WAI-ARIA tabs pattern): one tab stop, arrow keys move between tabs (mirrored in
 * RTL), Home/End jump, the panel follows the focused tab. Parts: `Tabs.Root`, `.List`, `.Trigger`,
 * `.Content`.
 */
export const Tabs = { Root, List, Trigger, Content };
