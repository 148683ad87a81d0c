import { useCallback, useRef, useState } from 'react';

export interface ControllableStateOptions<T> {
  /** Controlled value; when defined the component follows it. */
  value?: T | undefined;
  /** Initial value when uncontrolled. */
  defaultValue: T;
  /** Called with every requested change, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * One state hook for "controlled or uncontrolled" props (the Radix pattern): components expose
 * `value` / `defaultValue` / `onValueChange` and never care which one the app uses.
 */
export function useControllableState<T>({ value, defaultValue, onChange }: ControllableStateOptions<T>) {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;
  const latest = useRef({ current, onChange, controlled });
  latest.current = { current, onChange, controlled };

  const set = useCallback((next: T | ((prev: T) => T)) => {
    const { current: prev, onChange: notify, controlled: isControlled } = latest.current;
    const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
    if (Object.is(resolved, prev)) return;
    if (!isControlled) setInner(resolved);
    notify?.(resolved);
  }, []);

  return [current, set] as const;
}
