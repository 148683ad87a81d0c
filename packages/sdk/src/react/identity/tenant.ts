import { useMutation, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { Me, PublicTenant, Tenant, UpdateTenantInput } from '../../models';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { journalkitKey } from '../keys';
import { optimistic, patch, type OptimisticSnapshot } from '../optimistic';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { getQuery, useJournalkitQuery } from '../query';
import { meKeys } from './me';

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
    getQuery(client, tenantKeys.own(client), '/v1/tenant'),
  /** What a portal needs before sign-in: name, theme, locales. No credentials needed. */
  public: (client: JournalkitClient, slug: string): JournalkitQueryOptions<PublicTenant> =>
    getQuery(client, tenantKeys.public(client, slug), '/v1/public/tenants/{slug}', { path: { slug } }),
};

export const useOwnTenant = (options?: QueryHookOptions): UseQueryResult<Tenant, Error> =>
  useJournalkitQuery(tenantQueries.own, options);

export const usePublicTenant = (
  slug: string,
  options?: QueryHookOptions,
): UseQueryResult<PublicTenant, Error> => useJournalkitQuery((c) => tenantQueries.public(c, slug), options);

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
