declare global {
  interface Window {
    /** Set by `/config.js` at deploy time: the API's origin. */
    __JOURNALKIT_API_URL__?: string;
    /** Set by `/config.js`: extra hostname → tenant slug entries. */
    __JOURNALKIT_HOSTS__?: Record<string, string>;
  }
}

export const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/**
 * Tenants on their own domain: hostname → tenant slug. A request to `https://journal.acme.com/`
 * then serves the `acme` tenant at the root instead of under `/t/acme`. Add entries here (built
 * in) or at deploy time in `/config.js` (`window.__JOURNALKIT_HOSTS__`), which wins.
 */
export const hostTenants: Readonly<Record<string, string>> = {
  // 'journal.acme-trading.com': 'acme-trading',
};

export interface PortalConfig {
  /** The API's origin, without a trailing slash. */
  apiUrl: string;
  /** Hostname (lowercase) → tenant slug. */
  hosts: Readonly<Record<string, string>>;
}

interface ConfigSources {
  runtimeApiUrl?: string | undefined;
  runtimeHosts?: Record<string, string> | undefined;
  buildApiUrl?: string | undefined;
}

/** Runtime (`/config.js`) beats build time (`VITE_JOURNALKIT_API_URL`) beats the default. */
export function resolveConfig({ runtimeApiUrl, runtimeHosts, buildApiUrl }: ConfigSources): PortalConfig {
  const apiUrl = (runtimeApiUrl || buildApiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
  const hosts: Record<string, string> = {};
  for (const [host, slug] of Object.entries({ ...hostTenants, ...runtimeHosts }))
    hosts[host.toLowerCase()] = slug;
  return { apiUrl, hosts };
}

export function readConfig(): PortalConfig {
  return resolveConfig({
    runtimeApiUrl: window.__JOURNALKIT_API_URL__,
    runtimeHosts: window.__JOURNALKIT_HOSTS__,
    buildApiUrl: import.meta.env.VITE_JOURNALKIT_API_URL,
  });
}
