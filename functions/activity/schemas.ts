import * as z from 'zod/mini';
import { ROLES } from '../core/context.ts';
import { ListQuerySchema, ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { WORK_ITEM_TYPES, type WorkItemRef } from '../core/work-items.ts';

const REF_PATTERN = new RegExp(`^(${WORK_ITEM_TYPES.join('|')}):([^:]+)$`);

/** `type:id`, as in `invoice:01J…`: a work item of any module. */
export const WorkItemRefSchema = z
  .pipe(
    z.string().check(z.regex(REF_PATTERN, `Must be type:id, the type one of ${WORK_ITEM_TYPES.join(', ')}`)),
    z.transform((value): WorkItemRef => {
      const [, type, id] = REF_PATTERN.exec(value) ?? [];
      return { type: type as WorkItemRef['type'], id: id ?? '' };
    }),
  )
  .check(z.meta({ type: 'string', example: 'invoice:01JBZ8Y7Q2W3E4R5T6Y7V8X9Z0' }));

export const CreateCommentSchema = z
  .strictObject({
    on: WorkItemRefSchema,
    body: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
  })
  .check(z.meta({ id: 'CreateComment' }));

export type CreateCommentInput = z.infer<typeof CreateCommentSchema>;

export const CommentSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    on: z.string().check(z.meta({ example: 'invoice:01JBZ8Y7Q2W3E4R5T6Y7V8X9Z0' })),
    workItem: z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema }),
    body: z.string(),
    author: z.object({ id: UlidSchema, email: z.string(), name: z.string(), role: z.enum(ROLES) }),
  })
  .check(z.meta({ id: 'Comment' }));

export type Comment = z.infer<typeof CommentSchema>;

export const CommentListQuerySchema = z.extend(ListQuerySchema, {
  on: WorkItemRefSchema.check(z.meta({ description: 'The work item, as type:id' })),
});

/** An instant, or a date meaning the start (`from`) or end (`to`) of that UTC day. */
const InstantSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .check(
    z.meta({ type: 'string', example: '2026-11-01T00:00:00Z', description: 'ISO-8601 instant, or a YYYY-MM-DD date (UTC)' }),
  );

export const AuditQuerySchema = z.extend(ListQuerySchema, {
  clientId: z
    .optional(z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a client id (a ULID)')))
    .check(z.meta({ description: "Only this client's records (a client reviewer always gets their own)" })),
  entity: z
    .optional(z.string().check(z.regex(/^[a-z_]{1,40}$/, 'An entity name, such as invoice or payroll_run')))
    .check(z.meta({ example: 'invoice' })),
  from: z.optional(InstantSchema),
  to: z.optional(InstantSchema),
});

export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditRecordSchema = z
  .object({
    id: UlidSchema,
    at: TimestampSchema,
    actor: z.object({ id: UlidSchema, email: z.string() }),
    action: z.string().check(z.meta({ example: 'invoice.approve' })),
    entity: z.string().check(z.meta({ example: 'invoice' })),
    entityId: z.string(),
    clientId: z.optional(UlidSchema),
    before: z.optional(z.unknown()).check(z.meta({ description: 'The resource before the change' })),
    after: z.optional(z.unknown()).check(z.meta({ description: 'The resource after the change' })),
  })
  .check(z.meta({ id: 'AuditRecord' }));

export type AuditRecordOut = z.infer<typeof AuditRecordSchema>;
