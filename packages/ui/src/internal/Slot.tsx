import { Children, cloneElement, forwardRef, isValidElement } from 'react';
import type { HTMLAttributes, ReactNode, Ref } from 'react';

type AnyProps = Record<string, unknown>;

function setRef<T>(ref: Ref<T> | undefined, value: T) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T }).current = value;
}

/** The child's props win, except handlers (both run, child first), className and style (merged) and
 * data-/aria- attributes (the component's win). */
function mergeProps(slot: AnyProps, child: AnyProps): AnyProps {
  const merged: AnyProps = { ...slot, ...child };
  for (const key of Object.keys(slot)) {
    const a = slot[key];
    const b = child[key];
    if (/^on[A-Z]/.test(key) && typeof a === 'function' && typeof b === 'function') {
      merged[key] = (...args: unknown[]) => {
        b(...args);
        a(...args);
      };
    } else if (key === 'className') merged[key] = [a, b].filter(Boolean).join(' ');
    else if (key === 'style') merged[key] = { ...(a as object), ...(b as object) };
    else if (b === undefined) merged[key] = a;
    else if (key.startsWith('data-') || key.startsWith('aria-')) merged[key] = a;
  }
  return merged;
}

/**
 * `asChild` support: renders its only child with the component's props, class names, data
 * attributes and ref merged in (a lean version of Radix Slot, kept small for the bundle budget).
 */
export const Slot = forwardRef<HTMLElement, HTMLAttributes<HTMLElement> & { children?: ReactNode }>(
  function Slot({ children, ...props }, forwardedRef) {
    const child = Children.only(children);
    if (!isValidElement<AnyProps>(child)) return null;
    const childRef =
      (child.props as { ref?: Ref<HTMLElement> }).ref ?? (child as unknown as { ref?: Ref<HTMLElement> }).ref;
    return cloneElement(child, {
      ...mergeProps(props as AnyProps, child.props),
      ref: (node: HTMLElement) => {
        setRef(forwardedRef, node);
        setRef(childRef, node);
      },
    });
  },
);
