/** A portal sign-in session (`POST /v1/auth/sign-in`), kept per tenant for this browser tab. */
export interface PortalSession {
  token: string;
  expiresAt: string;
}

// sessionStorage, not localStorage: the token lives as long as the tab, is not shared with other
// tabs or windows, and each tenant (slug) has its own entry, so two portals never mix sessions.
const key = (slug: string) => `journalkit.session.${slug}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage disabled: sign-in still works for this page's lifetime
  }
}

export function loadSession(slug: string, now = Date.now()): PortalSession | null {
  const raw = storage()?.getItem(key(slug));
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<PortalSession>;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string') return null;
    if (Date.parse(session.expiresAt) <= now) {
      clearSession(slug);
      return null;
    }
    return { token: session.token, expiresAt: session.expiresAt };
  } catch {
    return null;
  }
}

export function saveSession(slug: string, session: PortalSession): void {
  storage()?.setItem(key(slug), JSON.stringify(session));
}

export function clearSession(slug: string): void {
  storage()?.removeItem(key(slug));
}
