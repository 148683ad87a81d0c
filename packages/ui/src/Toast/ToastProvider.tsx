import { Toast as RadixToast } from 'radix-ui';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { toast as toastStrings } from '../i18n/locales/toast/en';
import { useT } from '../i18n/useT';
import { JournalkitPortal } from '../provider/Portal';
import { useJournalkit } from '../provider/context';
import { Toast } from './Toast';
import type { ToastProps } from './Toast';
import { Viewport } from './Toast.styles';

export interface ToastOptions extends Pick<ToastProps, 'title' | 'description' | 'tone' | 'action'> {
  /** ms before it closes itself; `Infinity` keeps it until dismissed. Default: the provider's. */
  duration?: number;
  /** Reuse an id to replace a toast in place (e.g. "Importing…" → "Imported 214 trades"). */
  id?: string;
}

export interface ToastApi {
  /** Show a toast; returns its id. */
  toast: (options: ToastOptions) => string;
  /** Close one toast, or all of them. */
  dismiss: (id?: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** `toast({ title, description, tone, action })` and `dismiss(id)` from the nearest ToastProvider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() must be used inside <ToastProvider>.');
  return api;
}

export interface ToastProviderProps {
  children?: ReactNode;
  /** Default ms before a toast closes itself. Default 5000. */
  duration?: number;
  /** At most this many toasts on screen; older ones close first. Default 3. */
  max?: number;
}

type Entry = ToastOptions & { id: string; open: boolean };

let counter = 0;

/**
 * Put once inside JournalkitThemeProvider. Renders the toast region (a themed portal, bottom at
 * the inline end, F8 to focus it) and gives `useToast()` to everything below.
 */
export function ToastProvider({ children, duration = 5000, max = 3 }: ToastProviderProps) {
  const t = useT(toastStrings);
  const { dir } = useJournalkit();
  const [entries, setEntries] = useState<Entry[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const close = useCallback((id?: string) => {
    setEntries((list) => list.map((e) => (id === undefined || e.id === id ? { ...e, open: false } : e)));
    // Drop closed entries once their exit animation has run.
    const key = id ?? '*';
    clearTimeout(timers.current.get(key));
    timers.current.set(
      key,
      setTimeout(() => setEntries((list) => list.filter((e) => e.open)), 400),
    );
  }, []);

  const api = useMemo<ToastApi>(
    () => ({
      toast: (options) => {
        const id = options.id ?? `jk-toast-${++counter}`;
        setEntries((list) => {
          const rest = list.filter((e) => e.id !== id);
          const open = rest.filter((e) => e.open);
          const overflow = new Set(open.slice(0, Math.max(0, open.length - max + 1)).map((e) => e.id));
          return [
            ...rest.map((e) => (overflow.has(e.id) ? { ...e, open: false } : e)),
            { ...options, id, open: true },
          ];
        });
        return id;
      },
      dismiss: close,
    }),
    [close, max],
  );

  return (
    <ToastContext.Provider value={api}>
      <RadixToast.Provider
        duration={duration}
        label={t('toast.region')}
        swipeDirection={dir === 'rtl' ? 'left' : 'right'}
      >
        {children}
        {entries.map(({ id, open, duration: ms, ...options }) => (
          <Toast
            key={id}
            {...options}
            open={open}
            {...(ms !== undefined && { duration: ms })}
            onOpenChange={(next) => {
              if (!next) close(id);
            }}
          />
        ))}
        <JournalkitPortal>
          <Viewport data-component="ToastProvider.Viewport" />
        </JournalkitPortal>
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
