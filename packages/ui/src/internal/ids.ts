import { useId } from 'react';

/** A stable, SSR-safe id (`jk-«r1»`), or the caller's own. */
export function useJkId(idProp?: string): string {
  const generated = useId();
  return idProp ?? `jk-${generated}`;
}

/** Join the ids that are present: for aria-describedby / aria-labelledby. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}
