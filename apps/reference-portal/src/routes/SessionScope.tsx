import { createJournalkitClient } from '@journalkit/sdk';
import type { Middleware } from '@journalkit/sdk';
import { JournalkitProvider } from '@journalkit/sdk/react';
import { useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTenant } from '../tenant/context';
import type { PortalSession } from '../tenant/session';

/**
 * The signed-in part of the portal: a client carrying the session token, in its own provider (own
 * query cache, so nothing of one session is ever shown to the next). When the API answers 401 the
 * session has expired or was revoked: it is forgotten and the routes lead back to sign-in.
 */
export function SessionScope({ session, children }: { session: PortalSession; children: ReactNode }) {
  const tenant = useTenant();
  const latest = useRef(tenant);
  latest.current = tenant;
  const client = useMemo(() => {
    const expiry: Middleware = {
      onResponse: ({ response }) => {
        if (response.status === 401) queueMicrotask(() => latest.current.endSession());
      },
    };
    return createJournalkitClient({
      baseUrl: tenant.apiUrl,
      token: session.token,
      locale: () => latest.current.locale,
      middleware: [expiry],
    });
  }, [tenant.apiUrl, session.token]);
  return <JournalkitProvider client={client}>{children}</JournalkitProvider>;
}
