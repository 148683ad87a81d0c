// What the security e2e files share (security.*.e2e.test.ts): the portal they run against — the
// real API with 1 MiB uploads, the portal as it ships, `localhost` mapped to the hosted tenant, a
// logo and a same-origin script that asks for eval — and the two tenants: one on a path, themed,
// with a markup-laden name, an owner with a trade and its entry, and a member whose password is
// guessed; one mapped to a host, with a member.
import { expect } from 'vitest';
import type { TestApi } from './api';
import { startPortal, type RunningPortal } from './portal';
import { logo } from './tenants';

export const pathTenant = { slug: 'csp-e2e', name: 'Guarded Markets' };
export const hostTenant = { slug: 'hosted-e2e', name: 'Hosted Desk' };
export const owner = { email: 'owner@guarded.test', password: 'guarded-password-1' };
export const guesser = { email: 'target@guarded.test', password: 'guarded-password-2' };
export const UPLOAD_LIMIT = 1024 * 1024;
export const hosted = { email: 'trader@hosted.test', password: 'hosted-password-1' };

/** The portal every security e2e file starts (its own, each file). */
export function startSecurityPortal(): Promise<RunningPortal> {
  return startPortal(
    {
      '/e2e/guarded.svg': { type: 'image/svg+xml', body: logo('#0f766e', 'Guarded') },
      // A same-origin script that asks for eval, Function and a string timer.
      '/e2e/eval-probe.js': {
        type: 'text/javascript',
        body: [
          `try { eval("window.__pwned = 'eval'"); } catch {}`,
          `try { new Function("window.__pwned = 'function'")(); } catch {}`,
          `try { setTimeout("window.__pwned = 'timer'"); } catch {}`,
        ].join('\n'),
      },
    },
    // 1 MiB uploads, so a file over the limit is small enough to hand to the browser.
    { hosts: { localhost: hostTenant.slug }, apiEnv: { JOURNALKIT_UPLOAD_LIMIT: String(UPLOAD_LIMIT) } },
  );
}

/** The path tenant: themed, its owner's account with one trade and a stored entry, and the member `guesser`. */
export async function setUpGuardedTenant(api: TestApi): Promise<{ tradeId: string }> {
  const a = await api.createTenant(pathTenant.slug);
  const themed = await api.call('PATCH', '/v1/tenant', {
    token: a.apiKey,
    body: {
      // Markup in a name must stay text (React escapes it; the CSP is the second wall).
      name: `${pathTenant.name} <img src=x onerror="window.__pwned='name'">`,
      settings: {
        defaultLocale: 'en',
        supportedLocales: ['en', 'ar'],
        theme: {
          id: pathTenant.slug,
          name: pathTenant.name,
          brand: { primary: '#0f766e' },
          logo: { url: '/e2e/guarded.svg' },
          favicon: '/e2e/guarded.svg',
        },
      },
    },
  });
  expect(themed.status, themed.text).toBe(200);
  const { token: ownerToken } = await api.createUser(a.apiKey, { ...owner, roles: ['owner'] });
  const account = await api.call('POST', '/v1/accounts', {
    token: ownerToken,
    body: { name: 'Main', broker: 'bridge', currency: 'USD', timezone: 'UTC' },
  });
  expect(account.status, account.text).toBe(201);
  const pushed = await api.call('POST', `/v1/accounts/${account.body.id}/executions`, {
    token: ownerToken,
    body: {
      executions: [
        { brokerExecutionId: 'c-1', executedAt: '2024-03-04T14:30:00Z', side: 'buy', price: '100' },
        { brokerExecutionId: 'c-2', executedAt: '2024-03-04T15:30:00Z', side: 'sell', price: '101.5' },
      ].map((e) => ({ ...e, symbol: 'CSP', assetClass: 'stock', quantity: '10' })),
    },
  });
  expect(pushed.status, pushed.text).toBeLessThan(300);
  const trades = await api.call('GET', '/v1/trades', { token: ownerToken });
  const tradeId = trades.body.data[0].id as string;
  // A stored entry: without one the API answers the entry's GET with 404 (logged as an error).
  const entry = await api.call('PUT', `/v1/trades/${tradeId}/journal`, {
    token: ownerToken,
    body: { body: 'Entered on the **open**. <script>window.__pwned = "markdown"</script>', tags: ['csp'] },
  });
  expect(entry.status, entry.text).toBe(200);

  await api.createUser(a.apiKey, { ...guesser, roles: ['member'] });
  return { tradeId };
}

/** The host-mapped tenant (`localhost`) and its member `hosted`. */
export async function setUpHostedTenant(api: TestApi): Promise<void> {
  const b = await api.createTenant(hostTenant.slug);
  const named = await api.call('PATCH', '/v1/tenant', { token: b.apiKey, body: { name: hostTenant.name } });
  expect(named.status, named.text).toBe(200);
  await api.createUser(b.apiKey, { ...hosted, roles: ['member'] });
}
