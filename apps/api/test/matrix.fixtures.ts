import type { TestApi } from './harness';

/**
 * Resources of the victim tenant that the authorization matrix aims at, by path-parameter name.
 * When an issue adds an operation with a new path parameter (`accountId`, `tradeId`, …), add a
 * creator here: the matrix fails and names the parameter until it has one.
 */
export interface Victim {
  tenantId: string;
  slug: string;
  apiKey: string;
  ownerToken: string;
  memberToken: string;
  memberUserId: string;
}

export type FixtureCreator = (api: TestApi, victim: Victim) => Promise<string>;

export const pathFixtures: Record<string, FixtureCreator> = {
  tenantId: async (_api, v) => v.tenantId,
  slug: async (_api, v) => v.slug,
  userId: async (_api, v) => v.memberUserId,
  keyId: async (api, v) => {
    const r = await api.call('POST', '/v1/api-keys', { token: v.apiKey, body: { name: 'matrix target' } });
    return r.body.id;
  },
};
