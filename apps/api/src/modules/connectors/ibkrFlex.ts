import { allowedUrl, brokerGet, sanitizeBrokerText } from './brokerFetch';
import { ConnectorError, type BrokerConnector } from './connector';

export interface IbkrFlexSettings {
  /** The Flex Web Service token (Client Portal → Settings → Flex Web Service). */
  token: string;
  /** The id of a Flex Query with the Trades section, saved as CSV. */
  queryId: string;
}

/** Official endpoint; operators can point it elsewhere (JOURNALKIT_IBKR_FLEX_URL). */
export const IBKR_FLEX_DEFAULT_URL = 'https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService';
/**
 * The hosts IBKR's Flex Web Service documentation names: the current one, and the legacy ones a
 * SendRequest answer's <Url> may still point at. Reached over https only.
 */
export const IBKR_FLEX_HOSTS = [
  'ndcdyn.interactivebrokers.com',
  'gdcdyn.interactivebrokers.com',
  'www.interactivebrokers.com',
] as const;
const VERSION = '3';
/** "Statement generation in progress" and throttling codes: wait and ask again. */
const RETRY_CODES = new Set(['1001', '1004', '1005', '1006', '1007', '1008', '1009', '1018', '1019', '1021']);
/**
 * IBKR's documented Flex Web Service error codes, in our words: what is stored and shown is this
 * text, never the broker's answer. Codes not listed show the broker's message sanitized.
 */
const ERROR_TEXT: Record<string, string> = {
  '1001': 'the statement could not be generated at this time',
  '1003': 'the statement is not available',
  '1004': 'the statement is incomplete at this time',
  '1005': 'settlement data is not ready at this time',
  '1006': 'FIFO P/L data is not ready at this time',
  '1007': 'MTM P/L data is not ready at this time',
  '1008': 'MTM and FIFO P/L data is not ready at this time',
  '1009': 'the server is under heavy load',
  '1010': 'legacy Flex Queries are no longer supported; use an Activity Flex Query',
  '1011': 'the Flex Web Service account is inactive',
  '1012': 'the token has expired; generate a new one in Client Portal',
  '1013': 'the token is restricted to another IP address',
  '1014': 'the query is invalid',
  '1015': 'the token is invalid',
  '1016': 'the account is invalid',
  '1017': 'the reference code is invalid',
  '1018': 'too many requests from this token',
  '1019': 'statement generation in progress',
  '1020': 'invalid request or unable to validate request',
  '1021': 'the statement could not be retrieved at this time',
};
const MAX_POLLS = 8;

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
}

function errorCode(xml: string): string | undefined {
  const code = tag(xml, 'ErrorCode');
  return code && /^\d{1,6}$/.test(code) ? code : undefined;
}

function failure(xml: string, step: string): ConnectorError {
  const code = errorCode(xml);
  if (!code) return new ConnectorError(`${step} failed (no error code)`, false);
  const text = ERROR_TEXT[code] ?? sanitizeBrokerText(tag(xml, 'ErrorMessage') ?? '');
  return new ConnectorError(`${step} failed (${code})${text ? `: ${text}` : ''}`, RETRY_CODES.has(code));
}

/** XML text of a tag whose value is a URL: the five predefined entities decoded, nothing else. */
function xmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** An answer whose first character (after a BOM and whitespace) is `<`: XML, not the CSV statement. */
function isXml(data: Buffer): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0a || data[i] === 0x0d))
    i++;
  return data[i] === 0x3c;
}

export interface IbkrFlexOptions {
  /** The SendRequest base (…/FlexWebService). */
  baseUrl?: string;
  /**
   * Origins the token may be sent to (https; loopback http only when an operator lists it):
   * the base URL and every <Url> and redirect must be on one of them.
   */
  allowedOrigins?: Iterable<string>;
}

/**
 * The IBKR Flex Web Service's two steps: SendRequest(token, query) answers a reference code and
 * the statement URL; GetStatement(token, reference) answers the statement once generated, or
 * "in progress" (1019) until then, which is polled with growing waits. The token only ever goes
 * to an allowed origin: a <Url> or redirect elsewhere fails the run before anything is sent there.
 */
export function ibkrFlexConnector(options: IbkrFlexOptions = {}): BrokerConnector<IbkrFlexSettings> {
  const baseUrl = options.baseUrl ?? IBKR_FLEX_DEFAULT_URL;
  const allowedOrigins = new Set(options.allowedOrigins ?? IBKR_FLEX_HOSTS.map((h) => `https://${h}`));
  const base = allowedUrl(baseUrl, undefined, allowedOrigins);
  if (!base) throw new Error(`ibkrFlexConnector: ${baseUrl} is not on an allowed origin`);
  const withQuery = (url: URL, params: Record<string, string>) => {
    const u = new URL(url);
    for (const [k, v] of Object.entries({ ...params, v: VERSION })) u.searchParams.set(k, v);
    return u;
  };
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
      const request = { step: 'IBKR Flex request', allowedOrigins };
      const sendUrl = new URL(`${base.pathname.replace(/\/$/, '')}/SendRequest`, base);
      const sent = (await brokerGet(withQuery(sendUrl, { t: s.token, q: s.queryId }), request, ctx)).toString(
        'utf8',
      );
      if (tag(sent, 'Status') !== 'Success') throw failure(sent, request.step);
      const reference = tag(sent, 'ReferenceCode');
      if (!reference || !/^[A-Za-z0-9]{1,64}$/.test(reference))
        throw new ConnectorError('IBKR Flex request answered no usable reference code', true);
      const named = tag(sent, 'Url');
      const statementUrl =
        named === undefined
          ? new URL(`${base.pathname.replace(/\/$/, '')}/GetStatement`, base)
          : allowedUrl(xmlText(named), undefined, allowedOrigins);
      if (!statementUrl) {
        throw new ConnectorError(
          'IBKR Flex request named a statement address outside the allowed IBKR hosts; nothing was sent there',
          false,
        );
      }
      const statement = { step: 'IBKR Flex statement', allowedOrigins };
      for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
        const data = await brokerGet(withQuery(statementUrl, { t: s.token, q: reference }), statement, ctx);
        if (!isXml(data)) return { format: 'ibkr-flex', filename: `ibkr-flex-${reference}.csv`, data };
        const text = data.toString('utf8');
        const code = errorCode(text);
        if (!code || !RETRY_CODES.has(code)) {
          throw tag(text, 'Status')
            ? failure(text, statement.step)
            : new ConnectorError('IBKR Flex answered XML: save the Flex Query as CSV', false);
        }
        await ctx.sleep(Math.min(30_000, 1000 * 2 ** attempt));
      }
      throw new ConnectorError('IBKR Flex statement still not ready; will try again at the next run', true);
    },
  };
}
