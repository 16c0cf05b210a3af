import type * as z from 'zod';

/**
 * zod/mini's API over classic zod. The functions validate with zod/mini (a third of classic's size in
 * every bundle), but @asteasolutions/zod-to-openapi reads classic schemas; the schemas are written in
 * the functional API both share, so `npm run api-types` builds the same source against classic zod by
 * aliasing `zod/mini` to this file. Only what mini has and classic lacks is added here.
 */
export * from 'zod';

export const extend = <T extends z.ZodObject, U extends z.ZodRawShape>(schema: T, shape: U) => schema.extend(shape);
