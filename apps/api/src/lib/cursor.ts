import { Type, type TSchema } from 'typebox';
import { badRequest } from './problems';
import { isUuid } from './ids';

/**
 * Cursor pagination, one shape for every list: `{data, nextCursor}`.
 * Lists are ordered by their uuidv7 id (creation order); the cursor is the opaque form of the
 * last id returned, so a page is one indexed range scan whatever the depth.
 */
export const PageQuery = {
  cursor: Type.Optional(
    Type.String({ description: 'Opaque cursor from the previous page’s `nextCursor`.', maxLength: 200 }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size.' })),
};

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({
    data: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` to get the next page; null on the last page.',
    }),
  });
}

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = raw.startsWith('v1:') ? raw.slice(3) : '';
  if (!isUuid(id))
    throw badRequest('invalid-cursor', 'Invalid cursor', 'The cursor is not one this API issued.');
  return id;
}

/** Given `limit + 1` rows, returns the page and the cursor for the next one. */
export function toPage<T extends { id: string }>(
  rows: T[],
  limit: number,
): { data: T[]; nextCursor: string | null } {
  if (rows.length > limit) {
    const data = rows.slice(0, limit);
    return { data, nextCursor: encodeCursor(data[data.length - 1]!.id) };
  }
  return { data: rows, nextCursor: null };
}
