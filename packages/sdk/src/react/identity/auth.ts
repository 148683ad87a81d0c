import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useJournalkitContext } from '../context';
import { journalkitKey } from '../keys';

/** Revokes the token in use and drops this client's cached data (other providers keep theirs). */
export function useSignOut(): UseMutationResult<undefined, Error, void> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: () => client.POST('/v1/auth/sign-out'),
      onSuccess: () => queryClient.removeQueries({ queryKey: journalkitKey(client) }),
    },
    queryClient,
  );
}
