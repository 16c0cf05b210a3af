import * as z from 'zod/mini';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { FIELD_TYPES, isValidPattern } from './fields.ts';

export const BATCH_STATUSES = ['open', 'in_review', 'pending_approval', 'accepted'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const QA_STATES = ['unchecked', 'verified', 'corrected'] as const;
export type QaState = (typeof QA_STATES)[number];

const FieldName = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'A letter, then letters, digits or underscores (at most 64)'),
    z.meta({ example: 'invoiceNumber' }),
  );

export const FieldSchema = z
  .strictObject({
    name: FieldName,
    type: z.enum(FIELD_TYPES),
    required: z._default(z.boolean(), false),
    pattern: z
      .optional(z.string().check(z.minLength(1), z.maxLength(200), z.refine(isValidPattern, 'Not a valid regular expression')))
      .check(
        z.meta({
          description: 'A regular expression (Unicode) the value must match; for numbers and money, their decimal text',
        }),
      ),
  })
  .check(z.meta({ id: 'BatchField' }));

const Fields = z.array(FieldSchema).check(
  z.minLength(1),
  z.maxLength(50),
  z.refine((fields) => new Set(fields.map((field) => field.name)).size === fields.length, 'Field names must be unique'),
);

const DocumentIds = z.array(UlidSchema).check(
  z.maxLength(100),
  z.refine((ids) => new Set(ids).size === ids.length, 'Each document may appear once'),
);

const BatchName = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const BatchSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    fields: z.array(
      z.object({ name: z.string(), type: z.enum(FIELD_TYPES), required: z.boolean(), pattern: z.optional(z.string()) }),
    ),
    documentIds: z.array(UlidSchema),
    status: z.enum(BATCH_STATUSES),
    createdBy: UlidSchema,
    rejectionReason: z.optional(z.string()),
    recordCount: z.number().check(z.int()),
    checkedCount: z.number().check(z.int()),
    verifiedCount: z.number().check(z.int()),
    correctedCount: z.number().check(z.int()),
    accuracy: z.nullable(z.number()).check(z.meta({ description: 'verified ÷ checked (0–1), null until a record is checked' })),
  })
  .check(z.meta({ id: 'Batch' }));

export type Batch = z.infer<typeof BatchSchema>;
/** What is stored: the counters live in their own item and join the batch on read. */
export type StoredBatch = Omit<Batch, 'recordCount' | 'checkedCount' | 'verifiedCount' | 'correctedCount' | 'accuracy'>;

export const CreateBatchSchema = z
  .strictObject({
    name: BatchName,
    fields: Fields,
    documentIds: z._default(DocumentIds, []),
  })
  .check(z.meta({ id: 'CreateBatch' }));

export type CreateBatchInput = z.infer<typeof CreateBatchSchema>;

export const UpdateBatchSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    name: z.optional(BatchName),
    fields: z.optional(Fields).check(z.meta({ description: 'Only while the batch has no records' })),
    documentIds: z.optional(DocumentIds),
  })
  .check(z.meta({ id: 'UpdateBatch' }));

export type UpdateBatchInput = z.infer<typeof UpdateBatchSchema>;

export const RejectBatchSchema = z
  .strictObject({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) })
  .check(z.meta({ id: 'RejectBatch' }));

const Value = z.union([z.string(), z.number(), z.null()]);
const Values = z.record(z.string(), Value).check(z.refine((values) => Object.keys(values).length <= 50, 'At most 50 values'));

export const BatchRecordSchema = z
  .object({
    ...ResourceFields,
    batchId: UlidSchema,
    clientId: UlidSchema,
    values: z.record(z.string(), Value).check(z.meta({ description: 'The final values: the correction where there is one' })),
    originalValues: z
      .optional(z.record(z.string(), Value))
      .check(z.meta({ description: 'What was keyed, kept when QA corrected it' })),
    documentId: z.optional(UlidSchema),
    enteredBy: UlidSchema,
    qa: z.enum(QA_STATES),
    checkedBy: z.optional(UlidSchema),
    checkedAt: z.optional(TimestampSchema),
  })
  .check(z.meta({ id: 'BatchRecord' }));

export type BatchRecord = z.infer<typeof BatchRecordSchema>;

export const CreateRecordSchema = z
  .strictObject({
    values: Values,
    documentId: z.optional(UlidSchema),
  })
  .check(z.meta({ id: 'CreateBatchRecord' }));

export type CreateRecordInput = z.infer<typeof CreateRecordSchema>;

export const UpdateRecordSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    qa: z.optional(z.enum(['verified', 'corrected'])).check(
      z.meta({
        description: 'QA by someone other than who keyed it: `verified`, or `corrected` with `values`',
      }),
    ),
    values: z.optional(Values).check(z.meta({ description: 'Changed values (merged over the current ones)' })),
    documentId: z.optional(z.nullable(UlidSchema)),
  })
  .check(
    z.superRefine((body, issues) => {
      if (body.qa === 'verified' && body.values !== undefined) {
        issues.addIssue({
          code: 'custom',
          path: ['values'],
          message: 'A verified record keeps its values; use qa: corrected to change them',
        });
      }
      if (body.qa === 'corrected' && body.values === undefined) {
        issues.addIssue({ code: 'custom', path: ['values'], message: 'A correction gives the corrected values' });
      }
    }),
    z.meta({ id: 'UpdateBatchRecord' }),
  );

export type UpdateRecordInput = z.infer<typeof UpdateRecordSchema>;

export const RecordListQuery = z.object({
  qa: z.optional(z.enum(QA_STATES)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});

export const BatchListQuery = z.object({
  status: z.optional(z.enum(BATCH_STATUSES)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});

const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'));

export const QualityQuery = z.object({
  from: z.optional(Month).check(z.meta({ description: "First month (client's time zone); default five months before `to`" })),
  to: z.optional(Month).check(z.meta({ description: 'Last month; default this month' })),
  userId: z.optional(UlidSchema),
});

const QualityFigures = {
  checkedCount: z.number().check(z.int()),
  verifiedCount: z.number().check(z.int()),
  correctedCount: z.number().check(z.int()),
  accuracy: z.nullable(z.number()),
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
  .check(z.meta({ id: 'Quality' }));
