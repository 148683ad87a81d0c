/**
 * Allowed values as data (Radix Themes): each component exports its variant definitions, prop types
 * derive from them, Storybook controls read them, and the chosen values render as `data-*`
 * attributes that the static styles select on.
 *
 *   export const buttonVariants = defineVariants({
 *     variant: { values: ['solid', 'soft', 'outline', 'ghost'], default: 'solid' },
 *   });
 *   type ButtonVariant = VariantValue<typeof buttonVariants, 'variant'>;
 */
export interface VariantDef<V extends string = string> {
  readonly values: readonly V[];
  readonly default: V;
}

export function defineVariants<const T extends Record<string, VariantDef>>(defs: T): T {
  return defs;
}

export type VariantValue<T extends Record<string, VariantDef>, K extends keyof T> = T[K]['values'][number];

/** Storybook `argTypes` for a component's variants (select controls with the allowed values). */
export function variantArgTypes<T extends Record<string, VariantDef>>(defs: T) {
  return Object.fromEntries(
    Object.entries(defs).map(([name, def]) => [
      name,
      { control: 'select', options: def.values, table: { defaultValue: { summary: def.default } } },
    ]),
  ) as unknown as { [K in keyof T]: { control: 'select'; options: T[K]['values'] } };
}
