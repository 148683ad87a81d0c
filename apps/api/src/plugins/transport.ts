import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_BASE, type ProblemBody } from '../lib/problems';
import { sendProblem } from './problems';

/**
 * The edges of HTTP that Fastify's error handler never sees — requests Node's parser refuses
 * (headers too large, malformed request lines, header timeouts), URLs the router cannot decode
 * or whose path parameters are too long, bodies that trickle in — answered as problem+json too.
 */

function problemText(status: number, slug: string, title: string, detail: string): string {
  const body: ProblemBody = { type: PROBLEM_BASE + slug, title, status, detail };
  const text = JSON.stringify(body);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
    `Content-Type: application/problem+json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`
  );
}

/** Node's `clientError`: the request could not be parsed, so no request object exists. */
export function clientErrorProblem(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  let response: string;
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    response = problemText(
      431,
      'header-fields-too-large',
      'Request header fields too large',
      'The request line or headers are too large (the URL, cookies or another header): send less.',
    );
  } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_HEADER_TIMEOUT') {
    response = problemText(
      408,
      'request-timeout',
      'Request timeout',
      'The request did not arrive in time; send it again.',
    );
  } else {
    response = problemText(
      400,
      'malformed-request',
      'Malformed request',
      'The HTTP request could not be read.',
    );
  }
  if (socket.writable) socket.write(response);
  socket.destroy();
}

/**
 * An `Expect` other than `100-continue`: Node answers 417 with no body unless someone listens, and
 * then hands the request to nobody. Answered as a problem (RFC 9110 §10.1.1 lets a server refuse an
 * expectation it does not meet).
 */
export function installExpectationProblem(server: Server) {
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const body: ProblemBody = {
      type: PROBLEM_BASE + 'expectation-failed',
      title: 'Expectation failed',
      status: 417,
      detail:
        'This API meets only the expectation "100-continue"; send the request without this Expect header.',
    };
    const text = JSON.stringify(body);
    res.writeHead(417, {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      connection: 'close',
    });
    res.end(text);
    req.resume();
  });
}

/** Fastify's router errors: a URL it cannot decode, a path parameter over the length limit. */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, request, {
      type: `${PROBLEM_BASE}uri-too-long`,
      title: 'URI too long',
      status: 414,
      detail: 'A path parameter of this URL is longer than any identifier this API uses.',
    });
  }
  return sendProblem(reply, request, {
    type: `${PROBLEM_BASE}bad-url`,
    title: 'Malformed URL',
    status: 400,
    detail: 'The URL is not valid: check its percent-encoding (%XX with hexadecimal digits, UTF-8).',
  });
}

export interface BodyDeadlineOptions {
  /** A body must keep arriving at `minBytesPerSecond` over every window of this many seconds. */
  windowSeconds: number;
  minBytesPerSecond: number;
}

/**
 * Bodies that trickle are timed out: while a request's body is incomplete and the server is ready
 * for more (nothing waits unread in its buffer), the client must send at least
 * `minBytesPerSecond` over each window, or it gets a 408 problem and the connection closes. A slow
 * but real upload (1 KiB/s is 8 kbit/s) passes; one byte every ten seconds does not.
 */
export function installBodyDeadline(app: FastifyInstance, opts: BodyDeadlineOptions) {
  const windowMs = opts.windowSeconds * 1000;
  const minBytes = opts.minBytesPerSecond * opts.windowSeconds;
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.raw;
    const hasBody =
      raw.headers['transfer-encoding'] !== undefined ||
      (raw.headers['content-length'] !== undefined && raw.headers['content-length'] !== '0');
    if (!hasBody || raw.complete) return;
    const socket = raw.socket;
    let mark = socket.bytesRead;
    const timer = setInterval(() => {
      if (raw.complete || socket.destroyed) return clearInterval(timer);
      const got = socket.bytesRead - mark;
      mark = socket.bytesRead;
      // Unread data waiting in the buffer: the server is the slow one, not the client.
      if (raw.readableLength >= raw.readableHighWaterMark) return;
      if (got >= minBytes) return;
      clearInterval(timer);
      request.log.info({ got, windowMs }, 'request body too slow: closing');
      if (!reply.raw.headersSent) {
        const text = problemText(
          408,
          'request-timeout',
          'Request timeout',
          `The request body arrived too slowly (under ${opts.minBytesPerSecond} bytes a second); send it again.`,
        );
        socket.end(text);
      }
      socket.destroySoon();
    }, windowMs);
    timer.unref();
    raw.once('end', () => clearInterval(timer));
    raw.once('close', () => clearInterval(timer));
  });
}
