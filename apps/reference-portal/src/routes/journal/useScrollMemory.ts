import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/** Where the page and the table's own scrolling area stood, kept in the history entry. */
interface Scroll {
  page: number;
  table: number;
}

const KEY = 'journalkitScroll';
const SAVE_DELAY_MS = 150;
/** Frames to wait for the rows (and the virtual table's full height) before giving up. */
const MAX_FRAMES = 60;
/** Frames the scroll must stay where it was put. */
const SETTLED_FRAMES = 3;

const viewportOf = (root: RefObject<HTMLElement | null>) =>
  root.current?.querySelector<HTMLElement>('[data-part="viewport"]') ?? null;

function savedScroll(): Scroll | null {
  const state: unknown = window.history.state;
  const saved = state && typeof state === 'object' ? (state as Record<string, unknown>)[KEY] : null;
  if (!saved || typeof saved !== 'object') return null;
  const { page, table } = saved as Partial<Scroll>;
  return typeof page === 'number' && typeof table === 'number' ? { page, table } : null;
}

/** Writes the current scroll into this history entry's state (its address stays). */
export function rememberScroll(root: RefObject<HTMLElement | null>) {
  const state: unknown = window.history.state;
  const scroll: Scroll = { page: window.scrollY, table: viewportOf(root)?.scrollTop ?? 0 };
  window.history.replaceState({ ...(state && typeof state === 'object' ? state : {}), [KEY]: scroll }, '');
}

/**
 * Keeps the page's and the table's scroll with the history entry (the table is `root`'s
 * `[data-part="viewport"]`), and puts them back when the entry is shown again (Back) once
 * `ready` (the rows are there). Call `rememberScroll` right before navigating away.
 */
export function useScrollMemory(root: RefObject<HTMLElement | null>, ready: boolean) {
  // Read once, as the page mounts: scrolling before the rows arrive must not overwrite it.
  const [saved] = useState(savedScroll);
  const target = useRef(saved);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => rememberScroll(root), SAVE_DELAY_MS);
    };
    // Scroll events do not bubble; capturing on the document sees the page's and the table's.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [root]);

  useEffect(() => {
    if (!ready || !target.current) return;
    let frame = 0;
    let frames = 0;
    let settled = 0;
    // Set, then check on the next frames: the virtual table scrolls to its own start once it has
    // its scrolling element (a render after the rows), so one setting can be undone.
    const apply = () => {
      const want = target.current;
      if (!want) return;
      const viewport = viewportOf(root);
      const there =
        (!viewport || Math.abs(viewport.scrollTop - want.table) < 2) &&
        Math.abs(window.scrollY - want.page) < 2;
      if (there) settled += 1;
      else {
        settled = 0;
        if (viewport) viewport.scrollTop = want.table;
        window.scrollTo(0, want.page);
      }
      if (settled >= SETTLED_FRAMES || ++frames >= MAX_FRAMES) target.current = null;
      else frame = requestAnimationFrame(apply);
    };
    apply();
    return () => cancelAnimationFrame(frame);
  }, [ready, root]);
}
