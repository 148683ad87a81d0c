// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createJournalkitClient } from '../client';
import { isJournalkitError } from '../errors';
import { startTestApi, stopTestApi, type TestApi } from '../test/loopback';
import { recordingClient, renderWith, testQueryClient } from '../test/react';
import { useSignOut } from './identity/auth';
import { JournalkitProvider, useJournalkitQueryClient } from './context';
import { meQueries, useMe } from './identity/me';
import { usePublicTenant } from './identity/tenant';
import { useUser, useUsers, useUsersInfinite, userQueries } from './identity/users';

let api: TestApi;
let a: { slug: string; apiKey: string; owner: string };
let b: { slug: string; apiKey: string; owner: string };

beforeAll(async () => {
  api = await startTestApi();
  const setup = async () => {
    const t = await api.createTenant();
    const { token } = await api.createUser(t.apiKey, { roles: ['owner'], externalId: `owner-${t.slug}` });
    return { slug: t.slug, apiKey: t.apiKey, owner: token };
  };
  a = await setup();
  b = await setup();
});
afterAll(() => stopTestApi(api));
afterEach(cleanup);

function TenantName({ label }: { label: string }) {
  const me = useMe();
  return <p>{me.data ? `${label}: ${me.data.tenant.name}` : `${label}: loading`}</p>;
}

describe('provider and query hooks against the real API', () => {
  test('two tenants on one page, even sharing one QueryClient, never mix data', async () => {
    const shared = testQueryClient();
    const clientA = createJournalkitClient({ baseUrl: api.url, token: a.owner });
    const clientB = createJournalkitClient({ baseUrl: api.url, token: b.owner });
    render(
      <>
        <JournalkitProvider client={clientA} queryClient={shared}>
          <TenantName label="A" />
        </JournalkitProvider>
        <JournalkitProvider client={clientB} queryClient={shared}>
          <TenantName label="B" />
        </JournalkitProvider>
      </>,
    );
    expect(await screen.findByText(`A: Tenant ${a.slug}`)).toBeTruthy();
    expect(await screen.findByText(`B: Tenant ${b.slug}`)).toBeTruthy();
    expect(shared.getQueryData(meQueries.current(clientA).queryKey)?.tenant.slug).toBe(a.slug);
    expect(shared.getQueryData(meQueries.current(clientB).queryKey)?.tenant.slug).toBe(b.slug);
  });

  test('a provider without a QueryClient makes its own; hooks outside a provider throw', async () => {
    renderWith(createJournalkitClient({ baseUrl: api.url }), <PublicName slug={a.slug} />);
    expect(await screen.findByText(`Tenant ${a.slug}`)).toBeTruthy();
    expect(() => render(<TenantName label="x" />)).toThrow(/inside <JournalkitProvider/);
  });

  test('list and detail hooks; the factories work with plain useQuery for the host app', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: a.owner });
    const queryClient = testQueryClient();
    function Users() {
      const users = useUsers({ limit: 50 });
      const first = users.data?.data[0];
      const detail = useUser(first?.id ?? '', { enabled: !!first });
      const viaFactory = useQuery(userQueries.list(client, { limit: 50 }), useJournalkitQueryClient());
      return (
        <p>
          {detail.data ? `detail ${detail.data.externalId}` : 'loading'}
          {viaFactory.data ? ` / ${viaFactory.data.data.length} users` : ''}
        </p>
      );
    }
    renderWith(client, <Users />, queryClient);
    expect(await screen.findByText(`detail owner-${a.slug} / 1 users`)).toBeTruthy();
    // The hook and the factory share one query: one request for the list.
    expect(requests.filter((r) => r === 'GET /v1/users')).toHaveLength(1);
  });

  test('useUsersInfinite walks the cursor pages', async () => {
    const admin = createJournalkitClient({ baseUrl: api.url, token: b.owner });
    for (let i = 0; i < 4; i++)
      await admin.POST('/v1/users', { body: { externalId: `inf-${i}`, displayName: `I${i}` } });
    let fetchNext: () => unknown = () => undefined;
    function All() {
      const q = useUsersInfinite({ limit: 2 });
      fetchNext = q.fetchNextPage;
      const items = q.data?.pages.flatMap((p) => p.data) ?? [];
      return <p>{`${items.length} loaded, more: ${String(q.hasNextPage)}`}</p>;
    }
    renderWith(createJournalkitClient({ baseUrl: api.url, token: b.owner }), <All />);
    expect(await screen.findByText('2 loaded, more: true')).toBeTruthy();
    await act(async () => void (await fetchNext()));
    expect(await screen.findByText('4 loaded, more: true')).toBeTruthy();
    await act(async () => void (await fetchNext()));
    expect(await screen.findByText('5 loaded, more: false')).toBeTruthy();
  });

  test('errors reach the hook as JournalkitError', async () => {
    let error: unknown;
    function Missing() {
      const q = useUser('0190a5b0-0000-7000-8000-000000000000');
      error = q.error;
      return <p>{q.isError ? 'failed' : 'loading'}</p>;
    }
    renderWith(createJournalkitClient({ baseUrl: api.url, token: a.owner }), <Missing />);
    expect(await screen.findByText('failed')).toBeTruthy();
    expect(isJournalkitError(error) && error.code).toBe('not-found');
  });

  test('useSignOut revokes the token and drops only its own client’s cache', async () => {
    const { token } = await api.createUser(a.apiKey, { roles: ['member'] });
    const shared = testQueryClient();
    const member = createJournalkitClient({ baseUrl: api.url, token });
    const other = createJournalkitClient({ baseUrl: api.url, token: b.owner });
    let signOut: () => Promise<unknown> = async () => undefined;
    function SignOut() {
      signOut = useSignOut().mutateAsync;
      return null;
    }
    render(
      <>
        <JournalkitProvider client={member} queryClient={shared}>
          <TenantName label="member" />
          <SignOut />
        </JournalkitProvider>
        <JournalkitProvider client={other} queryClient={shared}>
          <TenantName label="other" />
        </JournalkitProvider>
      </>,
    );
    await screen.findByText(`member: Tenant ${a.slug}`);
    await screen.findByText(`other: Tenant ${b.slug}`);
    cleanup();
    await act(() => signOut());
    expect(shared.getQueryData(meQueries.current(member).queryKey)).toBeUndefined();
    expect(shared.getQueryData(meQueries.current(other).queryKey)).toBeDefined();
    await waitFor(async () => expect((await api.call('GET', '/v1/me', { token })).status).toBe(401));
  });
});

function PublicName({ slug }: { slug: string }) {
  const t = usePublicTenant(slug);
  return <p>{t.data?.name ?? 'loading'}</p>;
}
