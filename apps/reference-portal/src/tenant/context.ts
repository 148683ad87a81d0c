import type { TenantThemeDoc, TenantThemeError } from '@journalkit/theme';
import { createContext, useContext } from 'react';
import type { PortalSession } from './session';

/** Everything the portal's pages know about the tenant they run in. */
export interface PortalTenant {
  slug: string;
  /** `/t/<slug>` or `''` (own host): prefix of every portal route. */
  basePath: string;
  apiUrl: string;
  name: string;
  locale: string;
  supportedLocales: readonly string[];
  /** Largest files the API takes, bytes: checked in the browser before a file is sent. */
  uploadLimits: { importBytes: number; screenshotBytes: number };
  /** The theme in use (validated; a default one when the tenant has none or an invalid one). */
  theme: TenantThemeDoc;
  /** Why the stored theme was not used, if it was not. */
  themeErrors: readonly TenantThemeError[];
  session: PortalSession | null;
  signIn(session: PortalSession): void;
  /** Forgets the session (after `POST /v1/auth/sign-out`, or when the API says it expired). */
  endSession(): void;
  /** Re-reads the public branding (after an admin saved a new theme). */
  refreshBranding(): Promise<unknown>;
}

export const TenantContext = createContext<PortalTenant | null>(null);

export function useTenant(): PortalTenant {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenant must be used inside a tenant scope.');
  return value;
}
