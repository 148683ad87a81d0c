import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** How day amounts are shown: in full, compact ("+$6.4K"), or only as an arrow. */
export type AmountFit = 'full' | 'compact' | 'arrow';

const levels: readonly AmountFit[] = ['full', 'compact', 'arrow'];

const fits = (variant: Element | null, room: number) =>
  !variant || variant.getBoundingClientRect().width <= room + 0.5;

/**
 * The longest form of the day amounts that fits every cell of the month, measured in the browser
 * (each cell renders every form; the ones not chosen are hidden). Re-measured when the calendar
 * resizes and when `deps` change. Money is never cut: when even the compact amount does not fit
 * (a phone-wide card), the cells show the arrow and the amount stays in the day's name and title.
 */
export function useAmountFit(root: RefObject<HTMLElement | null>, deps: readonly unknown[]): AmountFit {
  const [fit, setFit] = useState<AmountFit>('full');
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const measure = () => {
      let level = 0;
      for (const amount of el.querySelectorAll<HTMLElement>('[data-part="pnl"]')) {
        const room = amount.getBoundingClientRect().width;
        if (room === 0) continue; // not laid out (hidden, or no layout engine)
        if (!fits(amount.querySelector('[data-fit="full"]'), room))
          level = Math.max(level, fits(amount.querySelector('[data-fit="compact"]'), room) ? 1 : 2);
      }
      const next = levels[level]!;
      setFit(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, deps);
  return fit;
}
