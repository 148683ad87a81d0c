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

/** The problem for a cursor that is not one this API issued for the list it was sent to. */
export const invalidCursor = () =>
  badRequest('invalid-cursor', 'Invalid cursor', 'The cursor is not one this API issued for this list.');

/**
 * The cursor for a position after `id`. A list that names itself (`list`) gets cursors that only
 * it accepts (`v2:<list>:<id>`), so a cursor from another list is refused rather than read as a
 * position in this one; unnamed lists keep the `v1:<id>` form.
 */
export function encodeCursor(id: string, list?: string): string {
  return Buffer.from(list ? `v2:${list}:${id}` : `v1:${id}`).toString('base64url');
}

/**
 * The text inside a cursor, or a 400 invalid-cursor problem when it is not exactly what
 * encodeCursor and its kin write: base64url without padding, decoding to valid UTF-8, and
 * encoding back to the same text (so no two spellings of one cursor, no stray characters).
 */
export function cursorText(cursor: string): string {
  if (cursor === '' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor) throw invalidCursor();
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw invalidCursor();
  return text;
}

/**
 * The id in a cursor from encodeCursor(id, list); forged, foreign or malformed cursors (any
 * garbage, another list's cursor, another shape) are a 400 invalid-cursor problem, never a query.
 */
export function decodeCursor(cursor: string | undefined, list?: string): string | undefined {
  if (cursor === undefined) return undefined;
  const raw = cursorText(cursor);
  const prefix = list ? `v2:${list}:` : 'v1:';
  const id = raw.startsWith(prefix) ? raw.slice(prefix.length) : '';
  if (!isUuid(id)) throw invalidCursor();
  return id;
}

/** Given `limit + 1` rows, returns the page and the cursor for the next one. */
export function toPage<T extends { id: string }>(
  rows: T[],
  limit: number,
  list?: string,
): { data: T[]; nextCursor: string | null } {
  if (rows.length > limit) {
    const data = rows.slice(0, limit);
    return { data, nextCursor: encodeCursor(data[data.length - 1]!.id, list) };
  }
  return { data: rows, nextCursor: null };
}
