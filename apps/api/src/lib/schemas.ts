import { Type, type TSchema } from 'typebox';

/** RFC 9457 problem details, the body of every error response. */
export const Problem = Type.Object(
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
    $id: 'Problem',
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
);

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
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
