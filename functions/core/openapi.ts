import * as z from 'zod/mini';
import { MAX_LIMIT, DEFAULT_LIMIT } from './pagination.ts';

/** Schemas and response blocks every module's OpenAPI routes share. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
    }),
  })
  .check(z.meta({ id: 'Error' }));

const ERROR_DESCRIPTIONS = {
  400: 'Invalid input; `details` names each bad field',
  401: 'Missing, invalid or expired token',
  403: 'Your role may not do this',
  404: 'Absent, or not visible to you',
  409: 'Stale version, invalid state transition, or a duplicate',
  413: 'Request body too large',
  415: 'The body is not JSON',
  422: 'Idempotency-Key reused with a different body',
  429: 'Too many requests; see Retry-After',
  503: 'Temporarily unavailable; see Retry-After',
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

export function errorResponses(...statuses: ErrorStatus[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as Record<ErrorStatus, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

/** The errors any authenticated route can answer, plus the ones given. */
export function authedErrors(...statuses: ErrorStatus[]) {
  return errorResponses(401, 503, ...statuses);
}

export function jsonContent<T extends z.ZodMiniType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodMiniType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .optional(z.string().check(z.minLength(1), z.maxLength(255)))
    .check(z.meta({ description: 'Replays the first response for 24 hours when sent again with the same body' })),
});

export const UlidSchema = z.string().check(z.meta({ example: '01JBZ8Y7Q2W3E4R5T6Y7U8I9O0', description: 'A ULID' }));
export const TimestampSchema = z.string().check(z.meta({ example: '2026-11-23T09:30:00.000Z', description: 'ISO-8601 UTC' }));

export const ResourceFields = {
  id: UlidSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: z.number().check(z.int()),
};

export const ListQuerySchema = z.object({
  limit: z
    ._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_LIMIT)), DEFAULT_LIMIT)
    .check(z.meta({ description: '1–100, default 25' })),
  cursor: z.optional(z.string()).check(z.meta({ description: 'nextCursor from the previous page' })),
});

export function pageOf<T extends z.ZodMiniType>(item: T, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) }).check(z.meta({ id: name }));
}

/** A calendar date, checked to exist (2026-02-30 is refused). */
export const DateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date, YYYY-MM-DD'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Must be a real calendar date'),
  z.meta({ example: '2026-11-23' }),
);
