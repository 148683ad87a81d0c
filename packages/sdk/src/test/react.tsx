import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createJournalkitClient } from '../client';
import type { Middleware } from '../middleware/types';
import { JournalkitProvider } from '../react/context';
import type { ClientOptions, JournalkitClient } from '../types';

/** A client that records `METHOD /path` of every request it sends. */
export function recordingClient(options: ClientOptions): { client: JournalkitClient; requests: string[] } {
  const requests: string[] = [];
  const recorder: Middleware = {
    onRequest: ({ request }) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}`);
    },
  };
  return {
    client: createJournalkitClient({ ...options, middleware: [recorder, ...(options.middleware ?? [])] }),
    requests,
  };
}

/** A QueryClient for tests: no retries, no garbage collection surprises. */
export const testQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });

export function renderWith(client: JournalkitClient, ui: ReactNode, queryClient?: QueryClient): RenderResult {
  return render(
    <JournalkitProvider client={client} {...(queryClient ? { queryClient } : {})}>
      {ui}
    </JournalkitProvider>,
  );
}

/** A promise you resolve later: holds a request in a middleware until the test lets it go. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}
