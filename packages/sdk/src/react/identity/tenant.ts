import {
  queryOptions,
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Me, PublicTenant, Tenant, UpdateTenantInput } from '../models';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { journalkitKey } from './keys';
import { meKeys } from './me';
import { optimistic, patch, type OptimisticSnapshot } from './optimistic';
import { factoryDefaults, type JournalkitQueryOptions, type QueryHookOptions } from './options';

export const tenantKeys = {
  all: (client: JournalkitClient) => [...journalkitKey(client), 'tenant'] as const,
  own: (client: JournalkitClient) => [...journalkitKey(client), 'tenant', 'own'] as const,
  public: (client: JournalkitClient, slug: string) =>
    [...journalkitKey(client), 'tenant', 'public', slug] as const,
};

export const tenantQueries = {
  keys: tenantKeys,
  /** The caller's tenant with its settings (needs `tenant:read`). */
  own: (client: JournalkitClient): JournalkitQueryOptions<Tenant> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: tenantKeys.own(client) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/tenant', { signal }),
    }),
  /** What a portal needs before sign-in: name, theme, locales. No credentials needed. */
  public: (client: JournalkitClient, slug: string): JournalkitQueryOptions<PublicTenant> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: tenantKeys.public(client, slug) as QueryKey,
      queryFn: ({ signal }) =>
        client.GET('/v1/public/tenants/{slug}', { params: { path: { slug } }, signal }),
    }),
};

export function useOwnTenant(options?: QueryHookOptions): UseQueryResult<Tenant, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...tenantQueries.own(client), ...options }, queryClient);
}

export function usePublicTenant(
  slug: string,
  options?: QueryHookOptions,
): UseQueryResult<PublicTenant, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...tenantQueries.public(client, slug), ...options }, queryClient);
}

const applySettings = (tenant: Tenant, body: UpdateTenantInput): Tenant => ({
  ...tenant,
  ...(body.name === undefined ? {} : { name: body.name }),
  settings: { ...tenant.settings, ...body.settings }, // the API merges settings key by key too
});

/**
 * Renames the tenant or changes settings (theme, locales), optimistically: the admin screen shows
 * the change at once and rolls back if the API refuses it. Invalidates the public settings, and
 * `me` only when the name (which it shows) changes.
 */
export function useUpdateOwnTenant(): UseMutationResult<
  Tenant,
  Error,
  UpdateTenantInput,
  OptimisticSnapshot
> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: (body: UpdateTenantInput) => client.PATCH('/v1/tenant', { body }),
      ...optimistic(queryClient, (body: UpdateTenantInput) => [
        patch<Tenant>(tenantKeys.own(client), (t) => applySettings(t, body)),
        ...(body.name === undefined
          ? []
          : [
              patch<Me>(meKeys.current(client), (me) => ({
                ...me,
                tenant: { ...me.tenant, name: body.name ?? me.tenant.name },
              })),
            ]),
      ]),
      onSuccess: (tenant) => {
        queryClient.setQueryData(tenantKeys.own(client), tenant);
        void queryClient.invalidateQueries({ queryKey: tenantKeys.public(client, tenant.slug) });
      },
      onSettled: (_tenant, _error, body) => {
        if (body.name !== undefined) void queryClient.invalidateQueries({ queryKey: meKeys.current(client) });
      },
    },
    queryClient,
  );
}
