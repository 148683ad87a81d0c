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

// Device tokens (`deviceToken` of a successful sign-in, OWASP's "device cookies"): a browser that
// signed in to an account before sends its token back, so the API counts its failed attempts on
// their own and someone guessing passwords elsewhere cannot lock this user out. They outlive the
// tab (localStorage), per tenant and per email address, and hold no access: only the API's hash of
// the token means anything, and only to the sign-in throttle.
const deviceKey = (slug: string) => `journalkit.device.${slug}`;
const MAX_DEVICE_TOKENS = 10;

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function deviceTokens(slug: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStore()?.getItem(deviceKey(slug)) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/** The device token this browser got when it last signed in as `email` here, if any. */
export function loadDeviceToken(slug: string, email: string): string | undefined {
  return deviceTokens(slug)[email.trim().toLowerCase()];
}

/** Keeps the newest device token per address (at most ten addresses per tenant). */
export function saveDeviceToken(slug: string, email: string, token: string): void {
  const address = email.trim().toLowerCase();
  const kept = Object.entries(deviceTokens(slug)).filter(([e]) => e !== address);
  const next = Object.fromEntries([...kept.slice(-(MAX_DEVICE_TOKENS - 1)), [address, token]]);
  localStore()?.setItem(deviceKey(slug), JSON.stringify(next));
}
