// A tiny router on the History API (pushState + popstate): what the portal needs and no more.
// Chosen over adding react-router: four flat sections, no loaders, no nested layouts, and one
// dependency fewer in a package partners self-host.
import { createContext, forwardRef, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

export interface RouterLocation {
  pathname: string;
  search: string;
  /** The history entry's state, as given to `navigate` (`null` when none). */
  state: unknown;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (redirects, filters). */
  replace?: boolean;
  /** Kept with the history entry (`history.state`): survives Back, Forward and reloads, not links. */
  state?: unknown;
}

export interface RouterValue extends RouterLocation {
  navigate(to: string, options?: NavigateOptions): void;
}

const RouterContext = createContext<RouterValue | null>(null);

const read = (): RouterLocation => ({
  pathname: window.location.pathname,
  search: window.location.search,
  state: window.history.state as unknown,
});

export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const onPop = () => setLocation(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, { replace = false, state = null }: NavigateOptions = {}) => {
    const url = new URL(to, window.location.href);
    if (url.origin !== window.location.origin) return window.location.assign(url.href);
    window.history[replace ? 'replaceState' : 'pushState'](state, '', url.pathname + url.search + url.hash);
    setLocation(read());
    if (!replace) window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ ...location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <Router>.');
  return value;
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  replace?: boolean;
}

/** An `<a>` that navigates in the app; modified clicks (new tab, download) keep the browser's way. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, replace, onClick, target, ...rest },
  ref,
) {
  const { navigate } = useRouter();
  return (
    <a
      ref={ref}
      href={href}
      target={target}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
        if (event.defaultPrevented || event.button !== 0 || modified || (target && target !== '_self'))
          return;
        event.preventDefault();
        navigate(href, { replace });
      }}
    />
  );
});

/** Navigates (replacing the entry) as soon as it renders. */
export function Redirect({ to }: { to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [to, navigate]);
  return null;
}

/** The part of `pathname` under `base` (`/t/acme/admin` under `/t/acme` → `/admin`), at least `/`. */
export function relativePath(pathname: string, base: string): string {
  const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.startsWith('/') ? rest.replace(/\/+$/, '') || '/' : `/${rest}`;
}
