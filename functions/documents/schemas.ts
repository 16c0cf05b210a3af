import * as z from 'zod';
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
    sizeBytes: z.number().int(),
    workItem: WorkItemRef.optional(),
    uploadedBy: z.object({ id: UlidSchema, email: z.string() }).meta({ description: 'Who created the document' }),
  })
  .meta({id: 'Document'});

export type Document = z.infer<typeof DocumentSchema>;

export const CreateDocumentSchema = z
  .strictObject({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
      .refine((name) => !/[\u0000-\u001f\u007f/\\]/.test(name), 'A file name, without folders or control characters'),
    contentType: z
      .string()
      .max(255)
      .refine((type) => (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(type), 'PDF, images, CSV, plain text, spreadsheets and Word files only')
      .meta({ example: 'application/pdf', enum: [...DOCUMENT_CONTENT_TYPES] }),
    sizeBytes: z
      .number()
      .int()
      .positive()
      .meta({ description: `Exact size of the file; at most ${MAX_DOCUMENT_BYTES} bytes (25 MB), more answers 413` }),
    workItem: z.strictObject({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema }).optional(),
  })
  .meta({id: 'CreateDocument'});

export type CreateDocumentInput = z.infer<typeof CreateDocumentSchema>;

export const CreatedDocumentSchema = z
  .object({
    document: DocumentSchema,
    uploadUrl: z.string().meta({
      description: 'PUT the bytes here within 5 minutes, with exactly the declared Content-Type and Content-Length',
    }),
    uploadExpiresAt: TimestampSchema,
  })
  .meta({id: 'CreatedDocument'});

export const DocumentWithUrlSchema = z
  .object({
    document: DocumentSchema,
    downloadUrl: z.string().meta({ description: 'GET the bytes here within 5 minutes' }),
    downloadExpiresAt: TimestampSchema,
  })
  .meta({id: 'DocumentDownload'});

const WorkItemFilter = z
  .string()
  .regex(new RegExp(`^(${WORK_ITEM_TYPES.join('|')}):[0-9A-Z]{26}$`), 'type:id, such as batch:01J…')
  .optional();

export const DocumentListQuery = z.object({
  workItem: WorkItemFilter.meta({ description: 'Only the documents of this work item (`type:id`)' }),
  on: WorkItemFilter.meta({ description: 'Same as `workItem`' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
