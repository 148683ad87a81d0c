import { describe, expectTypeOf, test } from 'vitest';
import {
  createJournalkitClient,
  type FieldError,
  type JournalkitError,
  type Problem,
  type RowError,
} from './index';
import type { ApiKey, Me, MintedToken, PublicTenant, User } from './index';

const client = createJournalkitClient({ baseUrl: 'http://localhost' });

describe('typed calls', () => {
  test('responses are typed from the generated paths', () => {
    expectTypeOf(client.GET('/v1/me')).resolves.toEqualTypeOf<Me>();
    expectTypeOf(
      client.GET('/v1/users/{userId}', { params: { path: { userId: 'u' } } }),
    ).resolves.toEqualTypeOf<User>();
    expectTypeOf(client.GET('/v1/users'))
      .resolves.toHaveProperty('nextCursor')
      .toEqualTypeOf<string | null>();
    expectTypeOf(
      client.POST('/v1/users/{userId}/tokens', { params: { path: { userId: 'u' } }, body: {} }),
    ).resolves.toEqualTypeOf<MintedToken>();
    expectTypeOf(
      client.GET('/v1/public/tenants/{slug}', { params: { path: { slug: 'acme' } } }),
    ).resolves.toEqualTypeOf<PublicTenant>();
    expectTypeOf(client.POST('/v1/auth/sign-out')).resolves.toBeUndefined();
  });

  test('the init argument is optional exactly when nothing in it is required', () => {
    void client.GET('/v1/me');
    void client.GET('/v1/users');
    void client.GET('/v1/users', { params: { query: { limit: 10, email: 'a@b.co' } } });
    // @ts-expect-error the path parameter is required
    void client.GET('/v1/users/{userId}');
    // @ts-expect-error the body is required
    void client.POST('/v1/users');
  });

  test('wrong path, params and bodies fail to compile', () => {
    // @ts-expect-error no such operation
    void client.GET('/v1/nope');
    // @ts-expect-error no DELETE on /v1/users
    void client.DELETE('/v1/users');
    // @ts-expect-error a path parameter of the wrong type
    void client.GET('/v1/users/{userId}', { params: { path: { userId: 42 } } });
    // @ts-expect-error a misspelt path parameter
    void client.GET('/v1/users/{userId}', { params: { path: { id: 'u' } } });
    // @ts-expect-error an unknown query parameter
    void client.GET('/v1/users', { params: { query: { limit: 10, sort: 'name' } } });
    // @ts-expect-error a query parameter of the wrong type
    void client.GET('/v1/api-keys', { params: { query: { limit: '10' } } });
    // @ts-expect-error displayName is required
    void client.POST('/v1/users', { body: { externalId: 'x' } });
    // @ts-expect-error an unknown body field
    void client.PATCH('/v1/users/{userId}', { params: { path: { userId: 'u' } }, body: { nickname: 'x' } });
    // @ts-expect-error a role that does not exist
    void client.PATCH('/v1/users/{userId}', { params: { path: { userId: 'u' } }, body: { roles: ['root'] } });
    // @ts-expect-error GET takes no body
    void client.GET('/v1/me', { body: {} });
  });

  test('multipart operations take their fields with a Blob or File, or a FormData', () => {
    const upload = '/v1/accounts/{accountId}/imports';
    const path = { params: { path: { accountId: 'a' } } } as const;
    const file = new Blob(['x']);
    void client.POST(upload, { ...path, body: { file, format: 'generic' } });
    void client.POST(upload, { ...path, body: { file, format: 'mt5', dryRun: true } });
    void client.POST(upload, { ...path, body: new FormData() });
    // @ts-expect-error not a supported format
    void client.POST(upload, { ...path, body: { file, format: 'excel' } });
    // @ts-expect-error an enum field takes no Blob
    void client.POST(upload, { ...path, body: { file, format: file } });
    // @ts-expect-error the file is required
    void client.POST(upload, { ...path, body: { format: 'generic' } });
  });

  test('call options', () => {
    void client.POST('/v1/api-keys', { body: { name: 'ci' }, idempotencyKey: 'k-1', retry: { retries: 5 } });
    void client.GET('/v1/me', { signal: new AbortController().signal, retry: false });
    // @ts-expect-error retries is a number
    void client.GET('/v1/me', { retry: { retries: 'many' } });
  });

  test('request resolves to data and response', () => {
    const created = client.request('POST', '/v1/users', { body: { displayName: 'A' } });
    expectTypeOf(created).resolves.toHaveProperty('response').toEqualTypeOf<Response>();
    // 200 (updated) and 201 (created) both answer a User.
    expectTypeOf(created).resolves.toHaveProperty('data').toExtend<User>();
    expectTypeOf<User>().toExtend<Awaited<typeof created>['data']>();
    // @ts-expect-error no PUT operations
    void client.request('PUT', '/v1/users', { body: { displayName: 'A' } });
  });
});

describe('pagination', () => {
  test('paginate accepts list operations and yields their items', () => {
    expectTypeOf(client.paginate('/v1/users', { params: { query: { limit: 50 } } })).toEqualTypeOf<
      AsyncIterableIterator<User>
    >();
    expectTypeOf(client.paginate('/v1/api-keys')).toEqualTypeOf<AsyncIterableIterator<ApiKey>>();
    // @ts-expect-error not a list
    void client.paginate('/v1/me');
    // @ts-expect-error not a list
    void client.paginate('/v1/users/{userId}', { params: { path: { userId: 'u' } } });
  });
});

describe('errors', () => {
  test('JournalkitError carries the typed problem', () => {
    expectTypeOf<JournalkitError['problem']>().toEqualTypeOf<Problem>();
    expectTypeOf<JournalkitError['errors'][number]>().toEqualTypeOf<FieldError | RowError>();
    expectTypeOf<FieldError>().toEqualTypeOf<{ field: string; message: string }>();
    expectTypeOf<RowError>().toEqualTypeOf<{ line: number; reason: string }>();
    expectTypeOf<JournalkitError['requestId']>().toEqualTypeOf<string | undefined>();
  });
});
