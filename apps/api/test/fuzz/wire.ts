import { connect } from 'node:net';

/**
 * A raw HTTP/1.1 client over node:net. fetch and node:http refuse to send much of what the fuzz
 * sends (undecodable or over-long URLs, bytes outside ASCII in the request line, huge or
 * duplicated headers, bodies that disagree with their Content-Length): this writes the bytes as
 * given and reads whatever comes back, one connection per request (`Connection: close`).
 */
export interface WireRequest {
  method: string;
  /** The request target as sent: already percent-encoded (or deliberately not). */
  target: string;
  headers: Array<[string, string]>;
  body?: Buffer;
  /** Leave out the Content-Length header this client adds for a body. */
  noContentLength?: boolean;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text: string;
}

export class NoResponse extends Error {
  constructor(
    message: string,
    readonly received: string,
  ) {
    super(message);
    this.name = 'NoResponse';
  }
}

export interface Endpoint {
  host: string;
  port: number;
}

let nextAddress = 0;
/**
 * A loopback source address of its own for each request (127.0.0.0/8 is all loopback on Linux):
 * per-address limits (anonymous rate limit, sign-in throttle) then never stop inputs from
 * reaching validation and handlers. Per-account and per-key limits still apply.
 */
function sourceAddress(): string {
  nextAddress = (nextAddress % 60_000) + 1;
  return `127.${10 + (nextAddress >> 16)}.${(nextAddress >> 8) & 255}.${nextAddress & 255}`;
}

function head(req: WireRequest, endpoint: Endpoint): Buffer {
  const lines = [`${req.method} ${req.target} HTTP/1.1`];
  const names = new Set(req.headers.map(([k]) => k.toLowerCase()));
  if (!names.has('host')) lines.push(`Host: ${endpoint.host}:${endpoint.port}`);
  if (!names.has('connection')) lines.push('Connection: close');
  for (const [k, v] of req.headers) lines.push(`${k}: ${v}`);
  if (req.body && !req.noContentLength && !names.has('content-length') && !names.has('transfer-encoding'))
    lines.push(`Content-Length: ${req.body.length}`);
  // The request line may carry raw UTF-8 (a deliberately unencoded path); header values are
  // written byte for byte (latin1), so any octet can be sent.
  const [first, ...rest] = lines;
  return Buffer.concat([
    Buffer.from(`${first}\r\n`, 'utf8'),
    Buffer.from(`${rest.map((l) => `${l}\r\n`).join('')}\r\n`, 'latin1'),
  ]);
}

interface Parsed {
  status: number;
  headers: Record<string, string>;
  bodyStart: number;
}

function parseHead(buf: Buffer): Parsed | undefined {
  let offset = 0;
  // Interim 1xx responses (100 Continue) precede the final one.
  for (;;) {
    const end = buf.indexOf('\r\n\r\n', offset);
    if (end < 0) return undefined;
    const text = buf.subarray(offset, end).toString('latin1');
    const [statusLine, ...headerLines] = text.split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '');
    if (!m) throw new NoResponse(`not an HTTP response: ${JSON.stringify(statusLine)}`, text);
    const status = Number(m[1]);
    if (status >= 100 && status < 200) {
      offset = end + 4;
      continue;
    }
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const i = line.indexOf(':');
      if (i > 0) {
        const k = line.slice(0, i).trim().toLowerCase();
        const v = line.slice(i + 1).trim();
        headers[k] = headers[k] !== undefined ? `${headers[k]}, ${v}` : v;
      }
    }
    return { status, headers, bodyStart: end + 4 };
  }
}

function dechunk(buf: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  while (i < buf.length) {
    const eol = buf.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(buf.subarray(i, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/**
 * Sends one request and resolves with the final response. An event stream resolves as soon as its
 * headers arrive (and the connection is dropped). A connection closed or reset before a complete
 * status line and headers, or nothing within `timeoutMs`, rejects with NoResponse.
 */
export function send(endpoint: Endpoint, req: WireRequest, timeoutMs = 20_000): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: endpoint.host, port: endpoint.port, localAddress: sourceAddress() });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const buf = Buffer.concat(chunks);
      let parsed: Parsed | undefined;
      try {
        parsed = parseHead(buf);
      } catch (e) {
        return reject(e);
      }
      if (!parsed) {
        const why = err ? `${(err as NodeJS.ErrnoException).code ?? err.message}` : 'connection closed';
        return reject(new NoResponse(`no response (${why})`, buf.subarray(0, 500).toString('latin1')));
      }
      let body: Buffer = buf.subarray(parsed.bodyStart);
      if (/chunked/i.test(parsed.headers['transfer-encoding'] ?? '')) body = dechunk(body);
      else if (parsed.headers['content-length'] !== undefined)
        body = body.subarray(0, Number(parsed.headers['content-length']));
      resolve({ status: parsed.status, headers: parsed.headers, body, text: body.toString('utf8') });
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // An endless stream: its head is all there is to check.
      const sofar = Buffer.concat(chunks);
      const p = (() => {
        try {
          return parseHead(sofar);
        } catch {
          return undefined;
        }
      })();
      if (p && /text\/event-stream/.test(p.headers['content-type'] ?? '')) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (e) => {
      // The server may answer and close while the body is still being written (413, 431):
      // what it sent is the answer.
      if (chunks.length) finish();
      else finish(e);
    });
    socket.on('connect', () => {
      socket.write(head(req, endpoint));
      if (req.body?.length) socket.write(req.body);
    });
  });
}
