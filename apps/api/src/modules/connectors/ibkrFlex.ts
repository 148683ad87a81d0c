import { ConnectorError, type BrokerConnector, type ConnectorContext } from './connector';

export interface IbkrFlexSettings {
  /** The Flex Web Service token (Client Portal → Settings → Flex Web Service). */
  token: string;
  /** The id of a Flex Query with the Trades section, saved as CSV. */
  queryId: string;
}

/** Official endpoint; operators can point it elsewhere (JOURNALKIT_IBKR_FLEX_URL). */
export const IBKR_FLEX_DEFAULT_URL = 'https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService';
const VERSION = '3';
/** "Statement generation in progress" and throttling codes: wait and ask again. */
const RETRY_CODES = new Set(['1001', '1004', '1005', '1006', '1007', '1008', '1009', '1018', '1019', '1021']);
const MAX_POLLS = 8;

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
}

async function get(url: string, ctx: ConnectorContext): Promise<string> {
  let res: Response;
  try {
    res = await ctx.fetch(url, { signal: ctx.signal, headers: { 'user-agent': 'Journalkit/1.0' } });
  } catch (e) {
    throw new ConnectorError(`IBKR Flex Web Service unreachable: ${(e as Error).message}`, true);
  }
  if (!res.ok)
    throw new ConnectorError(`IBKR Flex Web Service answered HTTP ${res.status}`, res.status >= 500);
  return res.text();
}

function failure(xml: string, step: string): ConnectorError {
  const code = tag(xml, 'ErrorCode') ?? '?';
  const message = tag(xml, 'ErrorMessage') ?? 'no message';
  return new ConnectorError(`IBKR Flex ${step} failed (${code}): ${message}`, RETRY_CODES.has(code));
}

/**
 * The IBKR Flex Web Service's two steps: SendRequest(token, query) answers a reference code and
 * the statement URL; GetStatement(token, reference) answers the statement once generated, or
 * "in progress" (1019) until then, which is polled with growing waits.
 */
export function ibkrFlexConnector(
  baseUrl: string = IBKR_FLEX_DEFAULT_URL,
): BrokerConnector<IbkrFlexSettings> {
  return {
    kind: 'ibkr-flex',
    validate(s) {
      const problems: string[] = [];
      if (typeof s.token !== 'string' || !/^\d{10,40}$/.test(s.token))
        problems.push('token must be the Flex Web Service token (digits)');
      if (typeof s.queryId !== 'string' || !/^\d{1,20}$/.test(s.queryId))
        problems.push('queryId must be the Flex Query id (digits)');
      for (const k of Object.keys(s))
        if (k !== 'token' && k !== 'queryId') problems.push(`unknown setting ${k}`);
      return problems;
    },
    redact(s) {
      return { queryId: s.queryId, token: `…${s.token.slice(-4)}` };
    },
    async fetchStatement(s, ctx) {
      const q = (params: Record<string, string>) => new URLSearchParams({ ...params, v: VERSION }).toString();
      const sent = await get(`${baseUrl}/SendRequest?${q({ t: s.token, q: s.queryId })}`, ctx);
      if (tag(sent, 'Status') !== 'Success') throw failure(sent, 'request');
      const reference = tag(sent, 'ReferenceCode');
      const url = tag(sent, 'Url') ?? `${baseUrl}/GetStatement`;
      if (!reference) throw new ConnectorError('IBKR Flex request answered no reference code', true);
      for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
        const body = await get(`${url}?${q({ t: s.token, q: reference })}`, ctx);
        if (!body.trimStart().startsWith('<')) {
          return {
            format: 'ibkr-flex',
            filename: `ibkr-flex-${reference}.csv`,
            data: Buffer.from(body, 'utf8'),
          };
        }
        const code = tag(body, 'ErrorCode');
        if (!code || !RETRY_CODES.has(code)) {
          throw tag(body, 'Status')
            ? failure(body, 'statement')
            : new ConnectorError('IBKR Flex answered XML: save the Flex Query as CSV', false);
        }
        await ctx.sleep(Math.min(30_000, 1000 * 2 ** attempt));
      }
      throw new ConnectorError('IBKR Flex statement still not ready; will try again at the next run', true);
    },
  };
}
