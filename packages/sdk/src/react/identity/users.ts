import {
  useMutation,
  type UseInfiniteQueryResult,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ListUsersQuery, Me, UpdateUserInput, UpsertUserInput, User, UserList } from '../../models';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { mapListItems, optimistic, patch, type OptimisticSnapshot } from '../optimistic';
import type {
  CursorPages,
  JournalkitInfiniteQueryOptions,
  JournalkitQueryOptions,
  QueryHookOptions,
} from '../options';
import { areaQueries, useJournalkitInfiniteQuery, useJournalkitQuery } from '../query';
import { meKeys } from './me';

const users = areaQueries('users');
export const userKeys = users.keys;

export const userQueries = {
  keys: userKeys,
  /** One page of end users (`cursor`, `limit`, `email`, `externalId`). */
  list: (client: JournalkitClient, params: ListUsersQuery = {}): JournalkitQueryOptions<UserList> =>
    users.list(client, '/v1/users', { query: params }),
  /** Every page, for `useInfiniteQuery` ("load more"). */
  infinite: (
    client: JournalkitClient,
    params: Omit<ListUsersQuery, 'cursor'> = {},
  ): JournalkitInfiniteQueryOptions<UserList> => users.infinite(client, '/v1/users', { query: params }),
  detail: (client: JournalkitClient, userId: string): JournalkitQueryOptions<User> =>
    users.detail(client, '/v1/users/{userId}', { path: { userId } }),
};

export const useUsers = (
  params?: ListUsersQuery,
  options?: QueryHookOptions,
): UseQueryResult<UserList, Error> => useJournalkitQuery((c) => userQueries.list(c, params), options);

export const useUsersInfinite = (
  params?: Omit<ListUsersQuery, 'cursor'>,
  options?: QueryHookOptions,
): UseInfiniteQueryResult<CursorPages<UserList>, Error> =>
  useJournalkitInfiniteQuery((c) => userQueries.infinite(c, params), options);

export const useUser = (userId: string, options?: QueryHookOptions): UseQueryResult<User, Error> =>
  useJournalkitQuery((c) => userQueries.detail(c, userId), options);

/** Creates a user or updates the one with the same externalId; the lists change, so they refetch. */
export function useUpsertUser(): UseMutationResult<User, Error, UpsertUserInput> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: (body: UpsertUserInput) => client.POST('/v1/users', { body }),
      onSuccess: (user) => {
        queryClient.setQueryData(userKeys.detail(client, user.id), user);
        return queryClient.invalidateQueries({ queryKey: userKeys.lists(client) });
      },
    },
    queryClient,
  );
}

export interface UpdateUserVariables {
  userId: string;
  body: UpdateUserInput;
}

function applyChanges(user: User, { password, ...visible }: UpdateUserInput): User {
  return { ...user, ...visible, ...(password ? { hasPassword: true } : {}) };
}

/**
 * Updates a user optimistically: the user, every cached list containing them and `me` (when it is
 * them) change at once and roll back if the API refuses. On success the detail and `me` take the
 * server's answer; the lists refetch (a changed email can move a user in or out of a filtered list).
 */
export function useUpdateUser(): UseMutationResult<User, Error, UpdateUserVariables, OptimisticSnapshot> {
  const { client, queryClient } = useJournalkitContext();
  const patchMe = (userId: string, next: (u: User) => User) =>
    patch<Me>(meKeys.current(client), (me) =>
      me.kind === 'user' && me.user.id === userId ? { ...me, user: next(me.user) } : me,
    );
  return useMutation(
    {
      mutationFn: ({ userId, body }: UpdateUserVariables) =>
        client.PATCH('/v1/users/{userId}', { params: { path: { userId } }, body }),
      ...optimistic(queryClient, ({ userId, body }: UpdateUserVariables) => {
        const next = (u: User) => (u.id === userId ? applyChanges(u, body) : u);
        return [
          patch<User>(userKeys.detail(client, userId), next),
          patch<Parameters<typeof mapListItems<User>>[0]>(userKeys.lists(client), (old) =>
            mapListItems(old, next),
          ),
          patchMe(userId, next),
        ];
      }),
      onSuccess: (user) => {
        queryClient.setQueryData(userKeys.detail(client, user.id), user);
        const p = patchMe(user.id, () => user);
        queryClient.setQueryData(p.queryKey, (old: unknown) => (old === undefined ? old : p.update(old)));
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.lists(client) }),
    },
    queryClient,
  );
}
