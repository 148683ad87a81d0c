import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test stand-ins on loopback (used by the connector tests only).
 *
 * `startFlexStandIn` speaks IBKR's Flex Web Service v3 as its reference describes it:
 * `GET …/SendRequest?t=TOKEN&q=QUERY_ID&v=3` answers a `<FlexStatementResponse>` with
 * `<Status>Success</Status>`, a numeric `<ReferenceCode>` and the `<Url>` to fetch it from, or
 * `<Status>Fail</Status>` with `<ErrorCode>`/`<ErrorMessage>` (1015 token invalid, 1020 invalid
 * request…); `GET <Url>?t=TOKEN&q=REFERENCE&v=3` answers `<Status>Warn</Status>` with 1019
 * ("Statement generation in progress") until the statement is ready, then the statement itself
 * (CSV here), or 1017 for an unknown reference code. Per query id, a scenario can replace any
 * answer (a hostile <Url>, a redirect, an error page) to play a compromised or broken broker.
 *
 * `startRecorder` is the "attacker": it records every request and answers with content that
 * must never show up anywhere.
 */
export const FLEX_TOKEN = '111122223333444455556666';

export interface FlexScenario {
  /** The <Url> SendRequest names (default: this stand-in's GetStatement). */
  url?: (standIn: FlexStandIn) => string;
  /** Replaces SendRequest's answer. */
  send?: (res: ServerResponse, standIn: FlexStandIn) => void;
  /** Replaces GetStatement's answer (poll number from 0). */
  statement?: (res: ServerResponse, poll: number, standIn: FlexStandIn) => void;
  /** GetStatement answers 1019 this many times first (default 0); `Infinity`: until `ready()`. */
  inProgress?: number;
}

export interface FlexStandIn {
  /** The SendRequest base, like https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService. */
  url: string;
  origin: string;
  server: Server;
  /** Path and query of every request, in order. */
  requests: string[];
  statement: Buffer;
  scenarios: Map<string, FlexScenario>;
  /** Ends every "in progress forever" scenario: the next poll gets the statement. */
  ready(): void;
  close(): Promise<void>;
}

export function flexXml(res: ServerResponse, body: string, status = 200) {
  res.writeHead(status, { 'content-type': 'text/xml;charset=utf-8' });
  res.end(
    `<FlexStatementResponse timestamp="21 November, 2026 09:00 AM EST">\n${body}\n</FlexStatementResponse>`,
  );
}
export const flexFail = (code: string, message: string, status = 'Fail') =>
  `<Status>${status}</Status>\n<ErrorCode>${code}</ErrorCode>\n<ErrorMessage>${message}</ErrorMessage>`;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startFlexStandIn(statement: Buffer): Promise<FlexStandIn> {
  const references = new Map<string, { queryId: string; polls: number }>();
  let released = false;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    state.requests.push(u.pathname + u.search);
    if (u.searchParams.get('v') !== '3')
      return flexXml(res, flexFail('1020', 'Invalid request or unable to validate request.'));
    if (u.searchParams.get('t') !== FLEX_TOKEN) return flexXml(res, flexFail('1015', 'Token is invalid.'));
    if (u.pathname.endsWith('/SendRequest')) {
      const queryId = u.searchParams.get('q') ?? '';
      const scenario = state.scenarios.get(queryId);
      if (scenario?.send) return scenario.send(res, state);
      const reference = String(1_000_000_000 + references.size + 1);
      references.set(reference, { queryId, polls: 0 });
      const url = scenario?.url?.(state) ?? `${state.url}/GetStatement`;
      return flexXml(
        res,
        `<Status>Success</Status>\n<ReferenceCode>${reference}</ReferenceCode>\n<Url>${url}</Url>`,
      );
    }
    if (u.pathname.endsWith('/GetStatement')) {
      const entry = references.get(u.searchParams.get('q') ?? '');
      if (!entry) return flexXml(res, flexFail('1017', 'Reference code is invalid.'));
      const poll = entry.polls++;
      const scenario = state.scenarios.get(entry.queryId);
      if (scenario?.statement) return scenario.statement(res, poll, state);
      const waits = scenario?.inProgress ?? 0;
      if (poll < waits && !(waits === Infinity && released)) {
        return flexXml(
          res,
          flexFail('1019', 'Statement generation in progress. Please try again shortly.', 'Warn'),
        );
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(state.statement);
    }
    res.writeHead(404).end();
  };
  const state: FlexStandIn = {
    url: '',
    origin: '',
    server: createServer(handle),
    requests: [],
    statement,
    scenarios: new Map(),
    ready: () => {
      released = true;
    },
    close: () => closeServer(state.server),
  };
  state.origin = await listen(state.server);
  state.url = `${state.origin}/AccountManagement/FlexWebService`;
  return state;
}

export const SECRET_MARKER = 'attacker-content-7f3a';

export interface Recorder {
  origin: string;
  server: Server;
  requests: string[];
  close(): Promise<void>;
}

/** The attacker's server: records every request; answers content that must never be shown. */
export async function startRecorder(): Promise<Recorder> {
  const state: Recorder = {
    origin: '',
    requests: [],
    server: createServer((req, res) => {
      state.requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`<script>alert(1)</script> ${SECRET_MARKER}`);
    }),
    close: () => closeServer(state.server),
  };
  state.origin = await listen(state.server);
  return state;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
