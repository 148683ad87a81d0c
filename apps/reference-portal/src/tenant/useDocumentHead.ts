import { useEffect } from 'react';

/** Keeps `<html lang dir>` and the favicon in step with the tenant (outside React's tree). */
export function useDocumentHead({
  locale,
  dir,
  favicon,
}: {
  locale: string;
  dir: 'ltr' | 'rtl';
  favicon?: string | undefined;
}) {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.append(link);
    }
    link.href = favicon ?? 'data:,';
  }, [favicon]);
}

/** `document.title` for the current page. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
