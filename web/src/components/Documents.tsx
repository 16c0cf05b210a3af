import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, allPages, api, ok, type Schema, type WorkItemRef } from '../api/client';
import { useClient } from '../directory';
import { dateTime, fileSize } from '../lib/format';
import { useLoad } from '../lib/load';
import { Async } from './States';
import { ActionButton, ActionNotice, TableWrap, useAction } from './ui';

export type DocumentRecord = Schema<'Document'>;
type ContentType = Schema<'CreateDocument'>['contentType'];

/** What the API accepts (DESIGN.md: PDF, images, CSV, plain text, spreadsheets, Word; 25 MB). */
const TYPES_BY_EXTENSION: Record<string, ContentType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  csv: 'text/csv',
  txt: 'text/plain',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const ACCEPTED = new Set<string>(Object.values(TYPES_BY_EXTENSION));
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

function contentTypeOf(file: File): ContentType | undefined {
  if (ACCEPTED.has(file.type)) return file.type as ContentType;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[extension];
}

/** Uploads a file: the API records it and hands out a presigned URL, the browser PUTs the bytes there. */
export async function uploadDocument(clientId: string, file: File, workItem?: WorkItemRef): Promise<DocumentRecord> {
  const contentType = contentTypeOf(file);
  if (!contentType) throw new ApiError(400, 'invalid', `${file.name}: this type of file is not accepted. Use PDF, images, CSV, text, spreadsheets or Word files.`);
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError(413, 'payload_too_large', `${file.name} is larger than 25 MB.`);
  const created = await ok(
    api.POST('/api/clients/{clientId}/documents', {
      params: { path: { clientId } },
      body: { fileName: file.name, contentType, sizeBytes: file.size, ...(workItem ? { workItem } : {}) },
    }),
  );
  const stored = await fetch(created.uploadUrl, { method: 'PUT', body: file, headers: { 'content-type': contentType } }).catch(() => undefined);
  if (!stored?.ok) throw new ApiError(stored?.status ?? 0, 'upload_failed', `${file.name} could not be stored. Try again.`);
  return created.document;
}

/** A short-lived download URL for a document (the API signs it for five minutes). */
export async function documentUrl(clientId: string, documentId: string): Promise<string> {
  const download = await ok(api.GET('/api/clients/{clientId}/documents/{documentId}', { params: { path: { clientId, documentId } } }));
  return download.downloadUrl;
}

/** A client's documents, or one work item's, with download and upload. */
export function Documents({
  clientId,
  workItem,
  title = 'Documents',
  onUploaded,
}: {
  clientId: string;
  workItem?: WorkItemRef;
  title?: string;
  /** Told after an upload, for screens that show the documents elsewhere too (the keying screen). */
  onUploaded?: () => void;
}) {
  const client = useClient(clientId);
  const on = workItem ? `${workItem.type}:${workItem.id}` : undefined;
  const documents = useLoad(
    () =>
      allPages((cursor) =>
        ok(
          api.GET('/api/clients/{clientId}/documents', {
            params: { path: { clientId }, query: { limit: 100, ...(on ? { workItem: on } : {}), ...(cursor ? { cursor } : {}) } },
          }),
        ),
      ),
    `documents:${clientId}:${on ?? 'all'}`,
  );
  const { busy, notice, run } = useAction();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | undefined>();
  const id = useId();

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const done = await run('upload', () => uploadDocument(clientId, chosen, workItem), `Uploaded ${chosen.name}.`);
    if (done) {
      setChosen(undefined);
      if (fileInput.current) fileInput.current.value = '';
      documents.reload();
      onUploaded?.();
    }
  };
  const download = (document: DocumentRecord) =>
    run(`download:${document.id}`, async () => {
      window.location.assign(await documentUrl(clientId, document.id));
    });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <Async state={documents.state} retry={documents.reload} label="documents" isEmpty={(list) => list.length === 0} empty="No documents yet.">
        {(list) => (
          <TableWrap label={title}>
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Size</th>
                  <th scope="col">Uploaded</th>
                  <th scope="col">
                    <span className="visually-hidden">Download</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((document) => (
                  <tr key={document.id}>
                    <td>{document.fileName}</td>
                    <td>{fileSize(document.sizeBytes)}</td>
                    <td>
                      {dateTime(document.createdAt, client?.timeZone)} <span className="muted">by {document.uploadedBy.email}</span>
                    </td>
                    <td>
                      <ActionButton name={`download:${document.id}`} busy={busy} kind="secondary" onClick={() => download(document)}>
                        Download <span className="visually-hidden">{document.fileName}</span>
                      </ActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Async>
      <form className="upload row" onSubmit={upload}>
        <div className="field">
          <label htmlFor={id}>Upload a document</label>
          <input
            id={id}
            ref={fileInput}
            type="file"
            accept={Object.keys(TYPES_BY_EXTENSION)
              .map((extension) => `.${extension}`)
              .join(',')}
            onChange={(event) => setChosen(event.target.files?.[0])}
            aria-describedby={`${id}-hint`}
          />
          <span className="hint" id={`${id}-hint`}>
            PDF, images, CSV, text, spreadsheets or Word, up to 25 MB.
          </span>
        </div>
        <ActionButton name="upload" busy={busy} type="submit" disabled={!chosen}>
          Upload
        </ActionButton>
      </form>
      <ActionNotice notice={notice} />
    </section>
  );
}
