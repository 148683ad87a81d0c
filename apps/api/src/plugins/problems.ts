import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../lib/dbErrors';
import {
  HttpProblem,
  PROBLEM_BASE,
  invalidFieldsDetail,
  type FieldError,
  type ProblemBody,
} from '../lib/problems';

interface ValidationItem {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function fieldErrors(context: string | undefined, items: ValidationItem[]): FieldError[] {
  return items.map((v) => {
    let pointer = v.instancePath ?? '';
    if (v.keyword === 'required' && typeof v.params?.missingProperty === 'string') {
      pointer += `/${v.params.missingProperty}`;
    } else if (v.keyword === 'additionalProperties' && typeof v.params?.additionalProperty === 'string') {
      pointer += `/${v.params.additionalProperty}`;
      return { field: `/${context ?? 'body'}${pointer}`, message: 'is not a known field' };
    }
    return { field: `/${context ?? 'body'}${pointer}`, message: v.message ?? 'is invalid' };
  });
}

/** Fastify's own client errors, mapped onto stable problem types. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Unsupported media type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-content-length', 'Invalid Content-Length'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large', 'Payload too large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json', 'Invalid JSON body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json', 'Invalid JSON body'],
  FST_ERR_CTP_MISSING_CONTENT_TYPE: [415, 'unsupported-media-type', 'Missing Content-Type'],
  FST_ERR_BAD_URL: [400, 'bad-url', 'Malformed URL'],
  FST_REQ_FILE_TOO_LARGE: [413, 'payload-too-large', 'Payload too large'],
  FST_FILES_LIMIT: [413, 'payload-too-large', 'Too many files'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported-media-type', 'Expected multipart/form-data'],
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ProblemBody) {
  problem.requestId = request.id;
  return reply.code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

export function toProblem(error: FastifyError | HttpProblem | Error, request: FastifyRequest): ProblemBody {
  if (error instanceof HttpProblem) {
    return {
      type: error.type,
      title: error.title,
      status: error.status,
      detail: error.detail,
      ...error.extensions,
    };
  }
  const fe = error as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
  if (fe.validation) {
    const errors = fieldErrors(fe.validationContext, fe.validation);
    return {
      type: `${PROBLEM_BASE}validation-error`,
      title: 'Invalid request',
      status: 400,
      detail: invalidFieldsDetail(errors),
      errors,
    };
  }
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) {
    return { type: PROBLEM_BASE + mapped[1], title: mapped[2], status: mapped[0], detail: fe.message };
  }
  if (error instanceof SyntaxError && (fe.statusCode ?? 400) === 400) {
    return {
      type: `${PROBLEM_BASE}invalid-json`,
      title: 'Invalid JSON body',
      status: 400,
      detail: fe.message,
    };
  }
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return {
      type: `${PROBLEM_BASE}bad-request`,
      title: 'Bad request',
      status,
      detail: fe.message,
    };
  }
  request.log.error({ err: error }, 'unhandled error');
  return {
    type: `${PROBLEM_BASE}internal-error`,
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side. Quote the request id if you contact support.',
  };
}

/** A lost or unreachable database: 503 with Retry-After, never a 500 (the pool reconnects by itself). */
function databaseUnavailable(error: Error, request: FastifyRequest): HttpProblem {
  request.log.warn({ err: error }, 'database unavailable');
  return new HttpProblem(
    503,
    'database-unavailable',
    'Service temporarily unavailable',
    'The database is briefly unreachable (a restart or failover). Retry in a few seconds.',
    {},
    { 'retry-after': '2' },
  );
}

export async function problemsPlugin(app: FastifyInstance) {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    const error = isDatabaseUnavailable(raw) ? databaseUnavailable(raw, request) : raw;
    const problem = toProblem(error, request);
    if (error instanceof HttpProblem) for (const [k, v] of Object.entries(error.headers)) reply.header(k, v);
    return sendProblem(reply, request, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      type: `${PROBLEM_BASE}route-not-found`,
      title: 'Not found',
      status: 404,
      detail: `No operation ${request.method} ${request.url.split('?')[0]}. See /docs for the API reference.`,
    }),
  );
}
