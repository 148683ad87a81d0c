import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { HttpProblem, badRequest } from './problems';

export interface MultipartForm {
  fields: Record<string, string>;
  file: { filename: string | null; data: Buffer } | undefined;
}

/**
 * Reads a multipart form with at most one file, in the part named `file` (buffered, within the
 * upload limit: past it the multipart plugin answers 413 before anything is stored).
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
  return { fields, file };
}
