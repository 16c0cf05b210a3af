import * as z from 'zod';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { FIELD_TYPES, isValidPattern } from './fields.ts';

export const BATCH_STATUSES = ['open', 'in_review', 'pending_approval', 'accepted'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const QA_STATES = ['unchecked', 'verified', 'corrected'] as const;
export type QaState = (typeof QA_STATES)[number];

const FieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'A letter, then letters, digits or underscores (at most 64)')
  .meta({ example: 'invoiceNumber' });

export const FieldSchema = z
  .strictObject({
    name: FieldName,
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    pattern: z.string().min(1).max(200).refine(isValidPattern, 'Not a valid regular expression').optional().meta({
      description: 'A regular expression (Unicode) the value must match; for numbers and money, their decimal text',
    }),
  })
  .meta({id: 'BatchField'});

const Fields = z
  .array(FieldSchema)
  .min(1)
  .max(50)
  .refine((fields) => new Set(fields.map((field) => field.name)).size === fields.length, 'Field names must be unique');

const DocumentIds = z
  .array(UlidSchema)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, 'Each document may appear once');

const BatchName = z.string().trim().min(1).max(200);

export const BatchSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    fields: z.array(z.object({ name: z.string(), type: z.enum(FIELD_TYPES), required: z.boolean(), pattern: z.string().optional() })),
    documentIds: z.array(UlidSchema),
    status: z.enum(BATCH_STATUSES),
    createdBy: UlidSchema,
    rejectionReason: z.string().optional(),
    recordCount: z.number().int(),
    checkedCount: z.number().int(),
    verifiedCount: z.number().int(),
    correctedCount: z.number().int(),
    accuracy: z.number().nullable().meta({ description: 'verified ÷ checked (0–1), null until a record is checked' }),
  })
  .meta({id: 'Batch'});

export type Batch = z.infer<typeof BatchSchema>;
/** What is stored: the counters live in their own item and join the batch on read. */
export type StoredBatch = Omit<Batch, 'recordCount' | 'checkedCount' | 'verifiedCount' | 'correctedCount' | 'accuracy'>;

export const CreateBatchSchema = z
  .strictObject({
    name: BatchName,
    fields: Fields,
    documentIds: DocumentIds.default([]),
  })
  .meta({id: 'CreateBatch'});

export type CreateBatchInput = z.infer<typeof CreateBatchSchema>;

export const UpdateBatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: BatchName.optional(),
    fields: Fields.optional().meta({ description: 'Only while the batch has no records' }),
    documentIds: DocumentIds.optional(),
  })
  .meta({id: 'UpdateBatch'});

export type UpdateBatchInput = z.infer<typeof UpdateBatchSchema>;

export const RejectBatchSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000) }).meta({id: 'RejectBatch'});

const Value = z.union([z.string(), z.number(), z.null()]);
const Values = z.record(z.string(), Value).refine((values) => Object.keys(values).length <= 50, 'At most 50 values');

export const BatchRecordSchema = z
  .object({
    ...ResourceFields,
    batchId: UlidSchema,
    clientId: UlidSchema,
    values: z.record(z.string(), Value).meta({ description: 'The final values: the correction where there is one' }),
    originalValues: z.record(z.string(), Value).optional().meta({ description: 'What was keyed, kept when QA corrected it' }),
    documentId: UlidSchema.optional(),
    enteredBy: UlidSchema,
    qa: z.enum(QA_STATES),
    checkedBy: UlidSchema.optional(),
    checkedAt: TimestampSchema.optional(),
  })
  .meta({id: 'BatchRecord'});

export type BatchRecord = z.infer<typeof BatchRecordSchema>;

export const CreateRecordSchema = z
  .strictObject({
    values: Values,
    documentId: UlidSchema.optional(),
  })
  .meta({id: 'CreateBatchRecord'});

export type CreateRecordInput = z.infer<typeof CreateRecordSchema>;

export const UpdateRecordSchema = z
  .strictObject({
    version: z.number().int().min(1),
    qa: z.enum(['verified', 'corrected']).optional().meta({
      description: 'QA by someone other than who keyed it: `verified`, or `corrected` with `values`',
    }),
    values: Values.optional().meta({ description: 'Changed values (merged over the current ones)' }),
    documentId: UlidSchema.nullable().optional(),
  })
  .superRefine((body, issues) => {
    if (body.qa === 'verified' && body.values !== undefined) {
      issues.addIssue({ code: 'custom', path: ['values'], message: 'A verified record keeps its values; use qa: corrected to change them' });
    }
    if (body.qa === 'corrected' && body.values === undefined) {
      issues.addIssue({ code: 'custom', path: ['values'], message: 'A correction gives the corrected values' });
    }
  })
  .meta({id: 'UpdateBatchRecord'});

export type UpdateRecordInput = z.infer<typeof UpdateRecordSchema>;

export const RecordListQuery = z.object({
  qa: z.enum(QA_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});

export const BatchListQuery = z.object({
  status: z.enum(BATCH_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const QualityQuery = z.object({
  from: Month.optional().meta({ description: "First month (client's time zone); default five months before `to`" }),
  to: Month.optional().meta({ description: 'Last month; default this month' }),
  userId: UlidSchema.optional(),
});

const QualityFigures = {
  checkedCount: z.number().int(),
  verifiedCount: z.number().int(),
  correctedCount: z.number().int(),
  accuracy: z.number().nullable(),
};

export const QualitySchema = z
  .object({
    clientId: UlidSchema,
    timeZone: z.string(),
    from: z.string(),
    to: z.string(),
    ...QualityFigures,
    agents: z.array(
      z.object({
        userId: UlidSchema,
        ...QualityFigures,
        months: z.array(z.object({ month: z.string(), ...QualityFigures })),
      }),
    ),
  })
  .meta({id: 'Quality'});
