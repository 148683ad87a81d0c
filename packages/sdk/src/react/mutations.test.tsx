// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { isJournalkitError } from '../errors';
import type { User } from '../models';
import { startTestApi, stopTestApi, type TestApi } from '../test/loopback';
import { gate, recordingClient, renderWith, testQueryClient } from '../test/react';
import { apiKeyQueries, useApiKey, useApiKeys, useCreateApiKey, useRevokeApiKey } from './identity/apiKeys';
import { useMe } from './identity/me';
import { tenantQueries, useOwnTenant, useUpdateOwnTenant } from './identity/tenant';
import { useUpdateUser, useUpsertUser, useUser, useUsers, userQueries } from './identity/users';

let api: TestApi;
let owner: { userId: string; token: string };
let tenantApiKey: string;

beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  tenantApiKey = t.apiKey;
  owner = await api.createUser(t.apiKey, { roles: ['owner'], externalId: 'owner' });
});
afterAll(() => stopTestApi(api));
afterEach(cleanup);

type Fn<A extends unknown[] = never[]> = (...args: A) => Promise<unknown>;

describe('optimistic updates with rollback', () => {
  test('useUpdateUser: detail, lists and me change at once; the server answer then lands', async () => {
    const hold = gate();
    const { client, requests } = recordingClient({
      baseUrl: api.url,
      token: owner.token,
      middleware: [
        { onRequest: async ({ request }) => void (request.method === 'PATCH' && (await hold.wait)) },
      ],
    });
    const queryClient = testQueryClient();
    let update: Fn<[{ userId: string; body: { displayName: string } }]> = async () => undefined;
    function Profile() {
      const me = useMe();
      const user = useUser(owner.userId);
      const list = useUsers();
      update = useUpdateUser().mutateAsync;
      const inList = list.data?.data.find((u) => u.id === owner.userId)?.displayName;
      const who = me.data?.kind === 'user' ? me.data.user.displayName : '';
      return <p>{`me=${who} user=${user.data?.displayName ?? ''} list=${inList ?? ''}`}</p>;
    }
    renderWith(client, <Profile />, queryClient);
    await screen.findByText(/^me=User \d+ user=User \d+ list=User \d+$/);
    const pending = update({ userId: owner.userId, body: { displayName: 'Ana Instant' } });
    // Before the server has even received the PATCH:
    expect(await screen.findByText('me=Ana Instant user=Ana Instant list=Ana Instant')).toBeTruthy();
    const listFetches = requests.filter((r) => r === 'GET /v1/users').length;
    await act(async () => {
      hold.open();
      await pending;
    });
    expect(await screen.findByText('me=Ana Instant user=Ana Instant list=Ana Instant')).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r === 'GET /v1/users').length).toBe(listFetches + 1));
    // The detail and me took the server's answer instead of refetching.
    expect(requests.filter((r) => r === `GET /v1/users/${owner.userId}`)).toHaveLength(1);
    expect(requests.filter((r) => r === 'GET /v1/me')).toHaveLength(1);
    expect(queryClient.getQueryData(userQueries.detail(client, owner.userId).queryKey)?.updatedAt).not.toBe(
      undefined,
    );
  });

  test('useUpdateUser rolls back when the API refuses the change', async () => {
    const hold = gate();
    const { client } = recordingClient({
      baseUrl: api.url,
      token: owner.token,
      middleware: [
        { onRequest: async ({ request }) => void (request.method === 'PATCH' && (await hold.wait)) },
      ],
    });
    let update: Fn<[{ userId: string; body: { displayName: string; locale: string } }]> = async () =>
      undefined;
    let error: unknown;
    function Profile() {
      const user = useUser(owner.userId);
      const mutation = useUpdateUser();
      update = mutation.mutateAsync;
      error = mutation.error;
      return <p>{`user=${user.data?.displayName ?? ''}`}</p>;
    }
    renderWith(client, <Profile />);
    const before = (await screen.findByText(/^user=.+/)).textContent;
    const pending = update({
      userId: owner.userId,
      body: { displayName: 'Never', locale: 'not a locale!' },
    }).catch(() => {});
    expect(await screen.findByText('user=Never')).toBeTruthy();
    await act(async () => {
      hold.open();
      await pending;
    });
    expect(await screen.findByText(before ?? '')).toBeTruthy();
    expect(isJournalkitError(error) && error.errors).toEqual([
      expect.objectContaining({ field: '/body/locale' }),
    ]);
  });

  test('useUpdateOwnTenant: optimistic settings, rollback on error, public settings invalidated', async () => {
    let hold = gate();
    hold.open();
    const { client, requests } = recordingClient({
      baseUrl: api.url,
      token: owner.token,
      middleware: [
        { onRequest: async ({ request }) => void (request.method === 'PATCH' && (await hold.wait)) },
      ],
    });
    const queryClient = testQueryClient();
    let update: Fn<[Parameters<ReturnType<typeof useUpdateOwnTenant>['mutateAsync']>[0]]> = async () =>
      undefined;
    function Settings() {
      const tenant = useOwnTenant();
      update = useUpdateOwnTenant().mutateAsync;
      return <p>{`locale=${tenant.data?.settings.defaultLocale ?? '-'}`}</p>;
    }
    renderWith(client, <Settings />, queryClient);
    await waitFor(() => expect(queryClient.getQueryData(tenantQueries.own(client).queryKey)).toBeDefined());
    const slug = queryClient.getQueryData(tenantQueries.own(client).queryKey)!.slug;
    await queryClient.prefetchQuery(tenantQueries.public(client, slug));
    await act(() => update({ settings: { defaultLocale: 'ar', supportedLocales: ['ar', 'en'] } }));
    expect(await screen.findByText('locale=ar')).toBeTruthy();
    // Unobserved, so marked stale rather than refetched (React Query refetches active queries only).
    expect(queryClient.getQueryState(tenantQueries.public(client, slug).queryKey)?.isInvalidated).toBe(true);
    expect(requests.filter((r) => r === 'GET /v1/tenant')).toHaveLength(1);

    hold = gate();
    const refused = update({ settings: { defaultLocale: 'x' } }).catch(() => {});
    expect(await screen.findByText('locale=x')).toBeTruthy();
    await act(async () => {
      hold.open();
      await refused;
    });
    expect(await screen.findByText('locale=ar')).toBeTruthy();
  });
});

describe('mutations invalidate exactly what they change', () => {
  test('useCreateApiKey refetches the key lists only; useRevokeApiKey sets the detail from the answer', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: owner.token });
    const queryClient = testQueryClient();
    let create: Fn<[{ name: string }]> = async () => undefined;
    let revoke: (id: string) => Promise<unknown> = async () => undefined;
    function Keys() {
      const keys = useApiKeys();
      const first = keys.data?.data[0];
      const detail = useApiKey(first?.id ?? '', { enabled: !!first });
      useMe();
      create = useCreateApiKey().mutateAsync;
      revoke = useRevokeApiKey().mutateAsync;
      return (
        <p>{`${keys.data?.data.map((k) => k.name).join(',') ?? ''} revoked=${String(!!detail.data?.revokedAt)}`}</p>
      );
    }
    renderWith(client, <Keys />, queryClient);
    await screen.findByText(/^Default key revoked=false$|^.+ revoked=false$/);
    const before = [...requests];
    await act(() => create({ name: 'ci-deploy' }));
    await screen.findByText(/ci-deploy revoked=false$/);
    expect(requests.slice(before.length)).toEqual(['POST /v1/api-keys', 'GET /v1/api-keys']);

    const firstId = queryClient.getQueryData(apiKeyQueries.list(client, {}).queryKey)!.data[0]!.id;
    const mark = requests.length;
    await act(() => revoke(firstId));
    await screen.findByText(/revoked=true$/);
    expect(requests.slice(mark)).toEqual([`DELETE /v1/api-keys/${firstId}`, 'GET /v1/api-keys']);
  });

  test('useUpsertUser sets the new user and refetches the user lists', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: owner.token });
    const queryClient = testQueryClient();
    let upsert: Fn<[{ externalId: string; displayName: string }]> = async () => undefined;
    function Users() {
      const users = useUsers();
      upsert = useUpsertUser().mutateAsync;
      return <p>{`${users.data?.data.length ?? 0} users`}</p>;
    }
    renderWith(client, <Users />, queryClient);
    const initial = Number((await screen.findByText(/^[1-9]\d* users$/)).textContent?.split(' ')[0]);
    const created = (await act(() => upsert({ externalId: 'new-1', displayName: 'New' }))) as User;
    expect(await screen.findByText(`${initial + 1} users`)).toBeTruthy();
    expect(queryClient.getQueryData(userQueries.detail(client, created.id).queryKey)?.displayName).toBe(
      'New',
    );
    expect(requests.filter((r) => r.startsWith(`GET /v1/users/`))).toHaveLength(0);
    expect(tenantApiKey).toMatch(/^jk_sk_/);
  });
});
