import * as z from 'zod/mini';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { WORK_ITEM_TYPES } from '../core/work-items.ts';

/** What a document may be (the contract: PDF, images, CSV, plain text, spreadsheets and Word files). */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/heic',
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** 25 MB, in bytes. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

const WorkItemRef = z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema });

export const DocumentSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().check(z.int()),
    workItem: z.optional(WorkItemRef),
    uploadedBy: z.object({ id: UlidSchema, email: z.string() }).check(z.meta({ description: 'Who created the document' })),
  })
  .check(z.meta({ id: 'Document' }));

export type Document = z.infer<typeof DocumentSchema>;

export const CreateDocumentSchema = z
  .strictObject({
    fileName: z.string().check(
      z.trim(),
      z.minLength(1),
      z.maxLength(255),
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
      z.refine((name) => !/[\u0000-\u001f\u007f/\\]/.test(name), 'A file name, without folders or control characters'),
    ),
    contentType: z.string().check(
      z.maxLength(255),
      z.refine(
        (type) => (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(type),
        'PDF, images, CSV, plain text, spreadsheets and Word files only',
      ),
      z.meta({ example: 'application/pdf', enum: [...DOCUMENT_CONTENT_TYPES] }),
    ),
    sizeBytes: z
      .number()
      .check(
        z.int(),
        z.positive(),
        z.meta({ description: `Exact size of the file; at most ${MAX_DOCUMENT_BYTES} bytes (25 MB), more answers 413` }),
      ),
    workItem: z.optional(z.strictObject({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema })),
  })
  .check(z.meta({ id: 'CreateDocument' }));

export type CreateDocumentInput = z.infer<typeof CreateDocumentSchema>;

export const CreatedDocumentSchema = z
  .object({
    document: DocumentSchema,
    uploadUrl: z.string().check(
      z.meta({
        description: 'PUT the bytes here within 5 minutes, with exactly the declared Content-Type and Content-Length',
      }),
    ),
    uploadExpiresAt: TimestampSchema,
  })
  .check(z.meta({ id: 'CreatedDocument' }));

export const DocumentWithUrlSchema = z
  .object({
    document: DocumentSchema,
    downloadUrl: z.string().check(z.meta({ description: 'GET the bytes here within 5 minutes' })),
    downloadExpiresAt: TimestampSchema,
  })
  .check(z.meta({ id: 'DocumentDownload' }));

const WorkItemFilter = z.optional(
  z.string().check(z.regex(new RegExp(`^(${WORK_ITEM_TYPES.join('|')}):[0-9A-Z]{26}$`), 'type:id, such as batch:01J…')),
);

export const DocumentListQuery = z.object({
  workItem: WorkItemFilter.check(z.meta({ description: 'Only the documents of this work item (`type:id`)' })),
  on: WorkItemFilter.check(z.meta({ description: 'Same as `workItem`' })),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});
