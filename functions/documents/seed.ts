import type { TenantContext } from '../core/context.ts';
import type { WorkItemRef } from '../core/work-items.ts';
import { createDocument } from './service.ts';
import type { Document } from './schemas.ts';

/** A tiny but valid one-page PDF with a line of text, so a demo document opens in a viewer. */
export function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Registers a demo document and uploads its bytes through the presigned URL, as the portal does. */
export async function seedDocument(
  ctx: TenantContext,
  clientId: string,
  file: { fileName: string; contentType: string; bytes: Buffer; workItem?: WorkItemRef },
): Promise<Document> {
  const { document, uploadUrl } = await createDocument(ctx, clientId, {
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
    ...(file.workItem ? { workItem: file.workItem } : {}),
  });
  const upload = await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': file.contentType }, body: new Uint8Array(file.bytes) });
  if (!upload.ok) console.warn(`Seed: uploading ${file.fileName} answered ${upload.status}; the document has no bytes`);
  return document;
}
