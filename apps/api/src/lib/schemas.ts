import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';

const DEFINITION = Symbol('journalkit.namedSchema');

/** The definition behind a named schema: what the contract lists as `components.schemas.<$id>`. */
export type NamedDefinition = TSchema & { $id: string };

/**
 * A schema with a name in the contract, as routes and other schemas use it: the reference
 * `{ $ref: name }`, typed as the schema it names (so handlers, `Static<…>` and service inputs keep
 * their types), carrying its definition for registration. Make one with {@link named}.
 */
export type Named<T extends TSchema = TSchema> = TUnsafe<Static<T>> & {
  readonly $ref: string;
  readonly [DEFINITION]: NamedDefinition;
};

/**
 * Names a schema in the contract: `named('JournalEntry', Type.Object({…}))` is a reference to
 * `components.schemas.JournalEntry` wherever it is used (a route's body or response, a property of
 * another schema, a list's items), so the contract holds the object once and the SDK gets
 * `components['schemas']['JournalEntry']`. List it in its area's manifest (`schemas`): app.ts
 * registers every area's definitions with the validators and the OpenAPI document, and a
 * reference to a name no manifest lists fails at start.
 */
export function named<T extends TSchema>(name: string, schema: T): Named<T> {
  const reference = Type.Unsafe<Static<T>>(Type.Ref(name));
  Object.defineProperty(reference, DEFINITION, { value: { ...schema, $id: name }, enumerable: false });
  return reference as Named<T>;
}

/** The definition a named schema refers to (`$id` = its name), for registration. */
export function definitionOf(schema: Named): NamedDefinition {
  return schema[DEFINITION];
}

/** RFC 9457 problem details, the body of every error response. */
export const Problem = named(
  'Problem',
  Type.Object(
    {
      type: Type.String({ format: 'uri', description: 'Stable identifier of the problem kind.' }),
      title: Type.String(),
      status: Type.Integer(),
      detail: Type.String(),
      instance: Type.Optional(Type.String()),
      requestId: Type.Optional(Type.String()),
      errors: Type.Optional(
        Type.Array(
          Type.Union([
            Type.Object({
              field: Type.String({ description: 'JSON pointer into the request, e.g. `/body/email`.' }),
              message: Type.String(),
            }),
            Type.Object({
              line: Type.Integer({ description: 'Line of an uploaded file (1-based).' }),
              reason: Type.String(),
            }),
          ]),
        ),
      ),
    },
    {
      additionalProperties: true,
      examples: [
        {
          type: 'https://journalkit.dev/problems/validation-error',
          title: 'Invalid request',
          status: 400,
          detail: 'The request has 1 invalid field.',
          requestId: 'req-1',
          errors: [{ field: '/body/email', message: 'must match format "email"' }],
        },
      ],
    },
  ),
);

// Handlers throw problems (lib/problems), never return them: the error responses refer to Problem
// untyped, so they do not widen or narrow what a handler's reply may send.
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Type.Ref(Problem.$ref) } },
});

/** Error responses every operation can answer, added to each route's response map. */
export const problemResponses = {
  '4xx': problemResponse('Client error (problem+json).'),
  '5xx': problemResponse('Server error (problem+json).'),
};

export const Uuid = (description?: string) =>
  Type.String({ format: 'uuid', ...(description ? { description } : {}) });
export const DateTime = (description?: string) =>
  Type.String({ format: 'date-time', ...(description ? { description } : {}) });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Money, prices and quantities travel as decimal strings ("1744.92"), never floats. */
export const DecimalString = (description?: string) =>
  Type.String({
    pattern: '^-?\\d{1,20}(\\.\\d{1,12})?$',
    examples: ['1744.92'],
    ...(description ? { description } : {}),
  });
export const IsoDate = (description?: string) =>
  Type.String({ format: 'date', ...(description ? { description } : {}) });
