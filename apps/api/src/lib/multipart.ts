import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { requireStorableText } from '../plugins/validation';
import { HttpProblem, badRequest } from './problems';

export interface MultipartForm {
  fields: Record<string, string>;
  file: { filename: string | null; data: Buffer } | undefined;
}

/**
 * Reads a multipart form with at most one file, in the part named `file` (buffered, within the
 * upload limit: past it the multipart plugin answers 413 before anything is stored). A body the
 * multipart parser cannot read (no or wrong boundary, truncated, malformed part headers) is a 400
 * problem; field values and the file name get the same text checks as JSON.
 */
export async function readMultipart(request: FastifyRequest, limitBytes?: number): Promise<MultipartForm> {
  if (!request.isMultipart()) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      'Expected multipart/form-data',
      'Send the file as multipart/form-data with a `file` part.',
    );
  }
  const fields: Record<string, string> = {};
  let file: MultipartForm['file'];
  try {
    for await (const part of request.parts(limitBytes ? { limits: { fileSize: limitBytes } } : undefined)) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer().catch(() => undefined);
          throw badRequest(
            'validation-error',
            'Invalid request',
            'Send exactly one file, in the part named `file`.',
            {
              errors: [{ field: '/body/file', message: 'exactly one file part named file' }],
            },
          );
        }
        file = { filename: part.filename || null, data: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (e) {
    throw malformed(e);
  }
  requireStorableText([
    ['body', fields],
    ['body/file/filename', file?.filename ?? ''],
  ]);
  return { fields, file };
}

/** Our own problems and the upload limit pass; anything the multipart parser choked on is the body's fault. */
function malformed(e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (e instanceof HttpProblem || (typeof code === 'string' && code.startsWith('FST_'))) return e;
  return badRequest(
    'invalid-multipart',
    'Malformed multipart body',
    `The multipart/form-data body could not be read (${e instanceof Error ? e.message : 'malformed'}): send the form again with a correct boundary and complete parts.`,
  );
}
