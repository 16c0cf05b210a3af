import { type FormEvent, useId, useState } from 'react';
import { ApiError, allPages, api, ok, type Schema } from '../api/client';
import { Comments } from '../components/Comments';
import { DocumentViewer } from '../components/DocumentViewer';
import { Documents, type DocumentRecord } from '../components/Documents';
import { Async, Empty } from '../components/States';
import { StartTimerButton } from '../components/TimerBar';
import { ActionButton, ActionNotice, DownloadButton, RejectButton, StatusBadge, TableWrap, useAction } from '../components/ui';
import { type Client, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { calendarDate, money, moneyInput, parseMoney, percent } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link, useRouter } from '../router';
import { isAdmin, isFirm, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';
import { ReviewButtons } from './Invoices';

export type Batch = Schema<'Batch'>;
type BatchField = Schema<'BatchField'>;
type BatchRecord = Schema<'BatchRecord'>;
type Values = BatchRecord['values'];

/** "invoiceNumber" → "Invoice number": field names are keys, labels are words. */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function BatchList({ clientId }: { clientId: string }) {
  const me = useMe();
  const client = useClient(clientId);
  const batches = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/batches', { params: { path: { clientId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    `batches:${clientId}`,
  );
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={`${client.name}: data entry`} section={{ to: `/clients/${clientId}/batches`, label: 'Data entry' }}>
      <Async state={batches.state} retry={batches.reload} label="batches" isEmpty={(list) => list.length === 0} empty="No batches yet.">
        {(list) => (
          <TableWrap label="Batches">
            <table>
              <thead>
                <tr>
                  <th scope="col">Batch</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Records
                  </th>
                  <th scope="col" className="num">
                    Checked
                  </th>
                  <th scope="col" className="num">
                    Accuracy
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((batch) => (
                  <tr key={batch.id}>
                    <td>
                      <Link to={`/clients/${clientId}/batches/${batch.id}`}>{batch.name}</Link>
                    </td>
                    <td>
                      <StatusBadge status={batch.status} />
                    </td>
                    <td className="num">{batch.recordCount}</td>
                    <td className="num">{batch.checkedCount}</td>
                    <td className="num">{percent(batch.accuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Async>
      {isFirm(me.user.role) ? <NewBatchForm clientId={clientId} /> : null}
    </ClientPage>
  );
}

const FIELD_TYPES: BatchField['type'][] = ['string', 'number', 'date', 'money', 'email'];

function NewBatchForm({ clientId }: { clientId: string }) {
  const { navigate } = useRouter();
  const blank = { name: '', fields: [{ name: '', type: 'string' as BatchField['type'], required: true, pattern: '' }] };
  const [form, setForm, clearForm] = useDraft(`new-batch:${clientId}`, blank);
  const { busy, notice, run } = useAction();
  const [open, setOpen] = useState(false);
  const setField = (index: number, change: Partial<(typeof form.fields)[number]>) =>
    setForm({ ...form, fields: form.fields.map((field, i) => (i === index ? { ...field, ...change } : field)) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('create', async () => {
      const created = await ok(
        api.POST('/api/clients/{clientId}/batches', {
          params: { path: { clientId } },
          body: {
            name: form.name.trim(),
            fields: form.fields.map((field) => ({ name: field.name.trim(), type: field.type, required: field.required, ...(field.pattern ? { pattern: field.pattern } : {}) })),
            documentIds: [],
          },
        }),
      );
      clearForm();
      navigate(`/clients/${clientId}/batches/${created.id}`);
    });
  };
  if (!open && !form.name) {
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        New batch
      </button>
    );
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-batch-title">
      <h2 id="new-batch-title">New batch</h2>
      <div className="field">
        <label htmlFor="new-batch-name">Name</label>
        <input id="new-batch-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
      </div>
      <fieldset>
        <legend>Fields every record has</legend>
        {form.fields.map((field, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fields being defined have no ids yet.
          <div className="row wrap" key={index}>
            <input aria-label={`Field ${index + 1} name`} placeholder="name, e.g. invoiceNumber" value={field.name} onChange={(e) => setField(index, { name: e.target.value })} required />
            <select aria-label={`Field ${index + 1} type`} value={field.type} onChange={(e) => setField(index, { type: e.target.value as BatchField['type'] })}>
              {FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
            <label>
              <input type="checkbox" checked={field.required} onChange={(e) => setField(index, { required: e.target.checked })} /> Required
            </label>
            <input aria-label={`Field ${index + 1} pattern (optional)`} placeholder="pattern (optional)" value={field.pattern} onChange={(e) => setField(index, { pattern: e.target.value })} />
            <button type="button" className="link" onClick={() => setForm({ ...form, fields: form.fields.filter((_, i) => i !== index) })}>
              Remove <span className="visually-hidden">field {index + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setForm({ ...form, fields: [...form.fields, { name: '', type: 'string', required: false, pattern: '' }] })}>
          Add field
        </button>
      </fieldset>
      <div className="row">
        <ActionButton name="create" busy={busy} type="submit">
          Create batch
        </ActionButton>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clearForm();
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
      <ActionNotice notice={notice} />
    </form>
  );
}

export function BatchScreen({ clientId, batchId }: { clientId: string; batchId: string }) {
  const client = useClient(clientId);
  const batch = useLoad(() => ok(api.GET('/api/clients/{clientId}/batches/{batchId}', { params: { path: { clientId, batchId } } })), `batch:${batchId}`);
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={batch.state.data?.name ?? 'Batch'} section={{ to: `/clients/${clientId}/batches`, label: 'Data entry' }}>
      <Async state={batch.state} retry={batch.reload} label="the batch">
        {(loaded) => <BatchDetail client={client} batch={loaded} onChange={batch.set} reload={batch.reload} />}
      </Async>
    </ClientPage>
  );
}

/** A value as typed in the form (money in major units) and back. */
function textOf(field: BatchField, value: Values[string] | undefined, currency: string): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'money' && typeof value === 'number') return moneyInput(value, currency);
  return String(value);
}

function valuesOf(fields: BatchField[], texts: Record<string, string>, currency: string): { values: Values; problems: Record<string, string> } {
  const values: Values = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const text = (texts[field.name] ?? '').trim();
    if (!text) {
      if (field.required) problems[field.name] = 'Required';
      values[field.name] = null;
      continue;
    }
    if (field.type === 'money') {
      const minor = parseMoney(text, currency);
      if (minor === undefined) problems[field.name] = `An amount in ${currency}, such as 125.00`;
      values[field.name] = minor ?? null;
    } else if (field.type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(text)) problems[field.name] = 'A number';
      values[field.name] = Number(text);
    } else {
      if (field.pattern && !new RegExp(field.pattern).test(text)) problems[field.name] = `Must match ${field.pattern}`;
      values[field.name] = text;
    }
  }
  return { values, problems };
}

function problemsFrom(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.details.filter((d) => d.field.startsWith('values.')).map((d) => [d.field.slice('values.'.length), d.message]));
}

function BatchDetail({ client, batch, onChange, reload }: { client: Client; batch: Batch; onChange: (batch: Batch) => void; reload: () => void }) {
  const me = useMe();
  const firm = isFirm(me.user.role);
  const admin = isAdmin(me.user.role);
  const path = { clientId: client.id, batchId: batch.id };
  const workItem = { type: 'batch' as const, id: batch.id };
  const records = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/batches/{batchId}/records', { params: { path, query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    `records:${batch.id}`,
  );
  const documents = useLoad(
    () =>
      allPages((cursor) =>
        ok(api.GET('/api/clients/{clientId}/documents', { params: { path: { clientId: client.id }, query: { workItem: `batch:${batch.id}`, limit: 100, ...(cursor ? { cursor } : {}) } } })),
      ),
    `batch-documents:${batch.id}`,
  );
  const { busy, notice, run } = useAction();
  const refresh = () => {
    records.reload();
    reload();
  };
  const move = (name: string, action: () => Promise<Batch>, success: string) =>
    run(
      name,
      async () => {
        onChange(await action());
        records.reload();
      },
      success,
    );

  return (
    <>
      <div className="summary-bar">
        <StatusBadge status={batch.status} />
        <span>
          {batch.recordCount} records, {batch.checkedCount} checked
        </span>
        <span>Accuracy {percent(batch.accuracy)}</span>
        {firm ? <StartTimerButton clientId={client.id} workItem={workItem} label={`Batch ${batch.name}`} /> : null}
        <DownloadButton path={`/api/clients/${client.id}/batches/${batch.id}/export.csv`} fileName={`${batch.name}.csv`}>
          Export CSV
        </DownloadButton>
      </div>
      {batch.rejectionReason && batch.status === 'open' ? (
        <p className="notice warning">
          Sent back: <q>{batch.rejectionReason}</q>
        </p>
      ) : null}
      <div className="row wrap">
        {firm && batch.status === 'open' ? (
          <ActionButton name="submit" busy={busy} onClick={() => move('submit', () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/submit', { params: { path } })), 'Sent for review.')}>
            Send for review
          </ActionButton>
        ) : null}
        {admin && batch.status === 'in_review' ? (
          <ActionButton
            name="submit"
            busy={busy}
            onClick={() => move('submit', () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/submit', { params: { path } })), 'Sent to the client for approval.')}
          >
            Send to the client for approval
          </ActionButton>
        ) : null}
        {!firm && batch.status === 'pending_approval' ? (
          <ReviewButtons
            what={`batch ${batch.name}`}
            draftKey={`batch:${batch.id}`}
            busy={busy}
            onApprove={() => move(`approve:batch:${batch.id}`, () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/approve', { params: { path } })), 'Accepted.')}
            onReject={(reason) =>
              move(`reject:batch:${batch.id}`, () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/reject', { params: { path }, body: { reason } })), 'Sent back with your reason.')
            }
          />
        ) : null}
        {admin && batch.status === 'pending_approval' ? (
          <RejectButton
            what={`batch ${batch.name}`}
            draftKey={`batch:${batch.id}`}
            busy={busy}
            label="Send back"
            onReject={(reason) =>
              move(`reject:batch:${batch.id}`, () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/reject', { params: { path }, body: { reason } })), 'Sent back to open.')
            }
          />
        ) : null}
      </div>
      <ActionNotice notice={notice} />
      {firm && batch.status === 'open' ? (
        <Async state={documents.state} retry={documents.reload} label="source documents">
          {(docs) => <KeyingArea client={client} batch={batch} documents={docs} onKeyed={refresh} />}
        </Async>
      ) : null}
      <section className="panel" aria-labelledby="records-title">
        <h2 id="records-title">Records</h2>
        <Async state={records.state} retry={records.reload} label="records" isEmpty={(list) => list.length === 0} empty="No records keyed yet.">
          {(list) => <RecordsTable client={client} batch={batch} records={list} onChanged={refresh} />}
        </Async>
      </section>
      <div className="grid two">
        <Comments clientId={client.id} on={workItem} />
        {firm ? <Documents clientId={client.id} workItem={workItem} title="Source documents" onUploaded={documents.reload} /> : null}
      </div>
    </>
  );
}

/** The keying screen: the source document on one side, the form its fields generate on the other. */
function KeyingArea({ client, batch, documents, onKeyed }: { client: Client; batch: Batch; documents: DocumentRecord[]; onKeyed: () => void }) {
  const sources = documents.filter((d) => batch.documentIds.includes(d.id) || d.workItem?.id === batch.id);
  const [picked, setDocumentId] = useState('');
  const documentId = sources.some((d) => d.id === picked) ? picked : (sources[0]?.id ?? '');
  const source = sources.find((d) => d.id === documentId);
  const empty = Object.fromEntries(batch.fields.map((field) => [field.name, '']));
  const [texts, setTexts, clearTexts] = useDraft<Record<string, string>>(`keying:${batch.id}`, empty);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { busy, notice, run } = useAction();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { values, problems: found } = valuesOf(batch.fields, texts, client.currency);
    setProblems(found);
    if (Object.keys(found).length) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const saved = await run(
      'key',
      async () => {
        try {
          await ok(
            api.POST('/api/clients/{clientId}/batches/{batchId}/records', {
              params: { path: { clientId: client.id, batchId: batch.id } },
              body: { values, ...(documentId ? { documentId } : {}) },
            }),
          );
        } catch (error) {
          setProblems(problemsFrom(error));
          throw error;
        }
      },
      'Record saved. The form is ready for the next one.',
    );
    if (saved) {
      clearTexts();
      onKeyed();
      document.getElementById(`${id}-${batch.fields[0]?.name}`)?.focus();
    }
  };

  return (
    <section className="panel keying" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Key a record</h2>
      <div className="keying-grid">
        <div className="keying-source">
          {sources.length ? (
            <>
              <label htmlFor={`${id}-source`}>Source document</label>
              <select id={`${id}-source`} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
                {sources.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.fileName}
                  </option>
                ))}
              </select>
              {source ? <DocumentViewer clientId={client.id} document={source} /> : null}
            </>
          ) : (
            <Empty>No source documents: upload them under “Source documents” below.</Empty>
          )}
        </div>
        <form className="keying-form" onSubmit={submit} noValidate>
          {batch.fields.map((field) => {
            const inputId = `${id}-${field.name}`;
            const problem = problems[field.name];
            const hint = field.type === 'money' ? `Amount in ${client.currency}` : field.type === 'date' ? 'YYYY-MM-DD' : field.pattern ? `Format: ${field.pattern}` : undefined;
            return (
              <div className="field" key={field.name}>
                <label htmlFor={inputId}>
                  {fieldLabel(field.name)}
                  {field.required ? <span aria-hidden="true"> *</span> : <span className="muted"> (optional)</span>}
                </label>
                <input
                  id={inputId}
                  type={field.type === 'date' ? 'date' : field.type === 'email' ? 'email' : 'text'}
                  inputMode={field.type === 'number' || field.type === 'money' ? 'decimal' : undefined}
                  value={texts[field.name] ?? ''}
                  onChange={(e) => setTexts({ ...texts, [field.name]: e.target.value })}
                  required={field.required}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={[hint ? `${inputId}-hint` : '', problem ? `${inputId}-problem` : ''].filter(Boolean).join(' ') || undefined}
                />
                {hint ? (
                  <span className="hint" id={`${inputId}-hint`}>
                    {hint}
                  </span>
                ) : null}
                {problem ? (
                  <span className="field-error" id={`${inputId}-problem`}>
                    {problem}
                  </span>
                ) : null}
              </div>
            );
          })}
          <div className="row">
            <ActionButton name="key" busy={busy} type="submit">
              Save record
            </ActionButton>
          </div>
          <ActionNotice notice={notice} />
        </form>
      </div>
    </section>
  );
}

function RecordsTable({ client, batch, records, onChanged }: { client: Client; batch: Batch; records: BatchRecord[]; onChanged: () => void }) {
  const me = useMe();
  const { personName } = useDirectory();
  const firm = isFirm(me.user.role);
  const canCheck = firm && (batch.status === 'open' || batch.status === 'in_review');
  const [correcting, setCorrecting] = useState<string | undefined>();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const { busy, notice, run } = useAction();
  const path = { clientId: client.id, batchId: batch.id };

  const verify = (record: BatchRecord) =>
    run(
      `verify:${record.id}`,
      async () => {
        await ok(api.PATCH('/api/clients/{clientId}/batches/{batchId}/records/{recordId}', { params: { path: { ...path, recordId: record.id } }, body: { version: record.version, qa: 'verified' } }));
        onChanged();
      },
      'Verified.',
    );
  const correct = (record: BatchRecord) =>
    run(
      `correct:${record.id}`,
      async () => {
        const { values, problems } = valuesOf(batch.fields, texts, client.currency);
        const first = Object.entries(problems)[0];
        if (first) throw new Error(`${fieldLabel(first[0])}: ${first[1]}`);
        await ok(
          api.PATCH('/api/clients/{clientId}/batches/{batchId}/records/{recordId}', { params: { path: { ...path, recordId: record.id } }, body: { version: record.version, qa: 'corrected', values } }),
        );
        setCorrecting(undefined);
        onChanged();
      },
      'Corrected.',
    );

  return (
    <>
      <TableWrap label="Records">
        <table>
          <thead>
            <tr>
              {batch.fields.map((field) => (
                <th scope="col" key={field.name}>
                  {fieldLabel(field.name)}
                </th>
              ))}
              <th scope="col">QA</th>
              {firm ? <th scope="col">Keyed by</th> : null}
              {canCheck ? (
                <th scope="col">
                  <span className="visually-hidden">Check</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => (
              <tr key={record.id}>
                {batch.fields.map((field) => (
                  <td key={field.name}>
                    {correcting === record.id ? (
                      <input
                        aria-label={`${fieldLabel(field.name)}, record ${index + 1}`}
                        value={texts[field.name] ?? ''}
                        onChange={(e) => setTexts({ ...texts, [field.name]: e.target.value })}
                        size={10}
                      />
                    ) : field.type === 'money' && typeof record.values[field.name] === 'number' ? (
                      money(record.values[field.name] as number, client.currency)
                    ) : field.type === 'date' && typeof record.values[field.name] === 'string' ? (
                      <span className="nowrap">{calendarDate(record.values[field.name] as string)}</span>
                    ) : (
                      (record.values[field.name] ?? '—')
                    )}
                  </td>
                ))}
                <td>
                  <StatusBadge status={record.qa} />
                </td>
                {firm ? <td>{personName(record.enteredBy)}</td> : null}
                {canCheck ? (
                  <td className="nowrap">
                    {record.qa === 'unchecked' && record.enteredBy !== me.user.id ? (
                      correcting === record.id ? (
                        <>
                          <ActionButton name={`correct:${record.id}`} busy={busy} onClick={() => correct(record)}>
                            Save correction
                          </ActionButton>{' '}
                          <button type="button" className="secondary" onClick={() => setCorrecting(undefined)}>
                            Cancel
                          </button>
                        </>
                      ) : (
                        <>
                          <ActionButton name={`verify:${record.id}`} busy={busy} kind="secondary" onClick={() => verify(record)}>
                            Verify <span className="visually-hidden">record {index + 1}</span>
                          </ActionButton>{' '}
                          <button
                            type="button"
                            className="secondary"
                            disabled={busy !== undefined}
                            onClick={() => {
                              setTexts(Object.fromEntries(batch.fields.map((field) => [field.name, textOf(field, record.values[field.name], client.currency)])));
                              setCorrecting(record.id);
                            }}
                          >
                            Correct <span className="visually-hidden">record {index + 1}</span>
                          </button>
                        </>
                      )
                    ) : record.qa === 'unchecked' ? (
                      <span className="muted">Yours: a colleague checks it</span>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ActionNotice notice={notice} />
    </>
  );
}
