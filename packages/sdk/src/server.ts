import { createJournalkitClient } from './client';
import type { MintedToken, UpsertUserInput, User } from './models';
import type { CallOptions, ClientOptions, JournalkitClient } from './types';

export interface ServerOptions extends Omit<ClientOptions, 'token' | 'getToken'> {
  /** A tenant API key (`jk_sk_…`) with `users:write` and `users:impersonate`. Keep it on the server. */
  apiKey: string;
}

export interface MintOptions extends CallOptions {
  /** Token lifetime in seconds; the API's default (1 h) when absent. */
  ttlSeconds?: number;
}

/** What a partner's backend needs: provision its users and hand their browsers a token. */
export interface JournalkitServer {
  /** The underlying client, authenticated with the API key, for every other operation. */
  client: JournalkitClient;
  /** Creates the user, or updates the one with the same `externalId` (your id for them). */
  upsertUser(input: UpsertUserInput, options?: CallOptions): Promise<User>;
  /** Mints a short-lived end-user token for the browser. */
  mintUserToken(userId: string, options?: MintOptions): Promise<MintedToken>;
  /** Both in one: what your `/journalkit-token` endpoint returns to the SDK's `getToken`. */
  endUserToken(input: UpsertUserInput, options?: MintOptions): Promise<MintedToken & { user: User }>;
}

/** Server helpers for partners' backends (Node 20+, Deno, Bun, edge runtimes). */
export function createJournalkitServer(options: ServerOptions): JournalkitServer {
  const { apiKey, ...rest } = options;
  if (typeof document === 'object' && !options.dangerouslyAllowBrowser) {
    throw new Error('Journalkit: createJournalkitServer holds an API key and must not run in a browser.');
  }
  const client = createJournalkitClient({ ...rest, token: apiKey });
  const upsertUser = (input: UpsertUserInput, init?: CallOptions) =>
    client.POST('/v1/users', { ...init, body: input });
  const mintUserToken = (userId: string, { ttlSeconds, ...init }: MintOptions = {}) =>
    client.POST('/v1/users/{userId}/tokens', {
      ...init,
      params: { path: { userId } },
      body: ttlSeconds === undefined ? {} : { ttlSeconds },
    });
  return {
    client,
    upsertUser,
    mintUserToken,
    async endUserToken(input, mintOptions) {
      const user = await upsertUser(input, { signal: mintOptions?.signal ?? null });
      return { ...(await mintUserToken(user.id, mintOptions)), user };
    },
  };
}
