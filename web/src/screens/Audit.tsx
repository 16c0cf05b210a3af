import { type FormEvent, useEffect, useId, useState } from 'react';
import { api, ok, type Schema } from '../api/client';
import { Async, ErrorState } from '../components/States';
import { ActionButton, Field, Page, TableWrap, useAction } from '../components/ui';
import { useDirectory } from '../directory';
import { dateTime, statusLabel } from '../lib/format';
import { useLoad } from '../lib/load';
import { useRouter, withQuery } from '../router';
import { useMe } from '../session';

type AuditRecord = Schema<'AuditRecord'>;
const ENTITIES = [
  'assignments',
  'batch',
  'batch_record',
  'billing_invoice',
  'client',
  'client_budget',
  'comment',
  'document',
  'employee',
  'invoice',
  'member',
  'payroll_run',
  'queue',
  'rate_card',
  'tenant',
  'ticket',
  'ticket_message',
  'time_entry',
];

/** What changed, as "field: before → after" for the fields that differ. */
function changes(record: AuditRecord): { field: string; before: string; after: string }[] {
  const before = (record.before ?? {}) as Record<string, unknown>;
  const after = (record.after ?? {}) as Record<string, unknown>;
  if (typeof before !== 'object' || typeof after !== 'object') return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !['updatedAt', 'version', 'createdAt'].includes(field));
  const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
}

/** The audit trail, newest first: the owner's whole firm, or a reviewer's own client; filtered in the URL. */
export function Audit() {
  const me = useMe();
  const { clients, client } = useDirectory();
  const { path, query, navigate } = useRouter();
  const owner = me.user.role === 'owner';
  const filters = { clientId: query.get('clientId') ?? '', entity: query.get('entity') ?? '', from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const [form, setForm] = useState(filters);
  const key = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form follows the URL whenever the filters in it change.
  useEffect(() => setForm(filters), [key]);
  const fetchPage = (cursor?: string) =>
    ok(
      api.GET('/api/audit', {
        params: {
          query: {
            limit: 50,
            ...(filters.clientId ? { clientId: filters.clientId } : {}),
            ...(filters.entity ? { entity: filters.entity } : {}),
            ...(filters.from ? { from: filters.from } : {}),
            // A date means that whole day (UTC) to the API, `to` included.
            ...(filters.to ? { to: filters.to } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    );
  const first = useLoad(() => fetchPage(), `audit:${key}`);
  const [more, setMore] = useState<{ items: AuditRecord[]; nextCursor: string | null } | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => setMore(undefined), [key]);
  const { busy, notice, run } = useAction();
  const ids = { entities: useId() };
  const items = [...(first.state.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : first.state.data?.nextCursor;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery(path, query, form));
  };
  return (
    <Page title={owner ? 'Audit log' : 'Activity'} meta={owner ? <span>Every change in the firm, who made it and when</span> : <span>Every change to your company’s work</span>}>
      <form className="filters panel" onSubmit={apply} aria-label="Filter the audit log">
        {owner ? (
          <Field label="Client">
            {(id) => (
              <select id={id} value={form.clientId} onChange={(e) => setForm({ ...form, clientId: e.target.value })}>
                <option value="">All clients and the firm</option>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label="Kind of record">
          {(id) => (
            <>
              <input id={id} list={ids.entities} value={form.entity} onChange={(e) => setForm({ ...form, entity: e.target.value.trim() })} placeholder="any" size={14} />
              <datalist id={ids.entities}>
                {ENTITIES.map((entity) => (
                  <option key={entity} value={entity} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="From">{(id) => <input id={id} type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />}</Field>
        <Field label="To">{(id) => <input id={id} type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />}</Field>
        <div className="row">
          <button type="submit" className="primary">
            Apply filters
          </button>
          <button type="button" className="secondary" onClick={() => navigate(path)}>
            Clear
          </button>
        </div>
      </form>
      <Async state={first.state} retry={first.reload} label="the audit log" isEmpty={(page) => page.items.length === 0} empty="Nothing recorded matches these filters.">
        {() => (
          <>
            <TableWrap label="Audit records">
              <table className="audit">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    {owner ? <th scope="col">Client</th> : null}
                    <th scope="col">Changes</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((record) => {
                    const diff = changes(record);
                    return (
                      <tr key={record.id}>
                        <td className="nowrap">
                          <time dateTime={record.at}>{dateTime(record.at, client(record.clientId ?? '')?.timeZone)}</time>
                        </td>
                        <td>{record.actor.email}</td>
                        <td>
                          <code>{record.action}</code>
                          <div className="muted">{statusLabel(record.entity)}</div>
                        </td>
                        {owner ? <td>{record.clientId ? (client(record.clientId)?.name ?? '—') : 'Firm'}</td> : null}
                        <td>
                          {diff.length ? (
                            <details>
                              <summary>
                                {diff.length} {diff.length === 1 ? 'field' : 'fields'}: {diff.map((d) => d.field).join(', ')}
                              </summary>
                              <dl className="diff">
                                {diff.map((d) => (
                                  <div key={d.field}>
                                    <dt>{d.field}</dt>
                                    <dd>
                                      <del>{d.before}</del> → <ins>{d.after}</ins>
                                    </dd>
                                  </div>
                                ))}
                              </dl>
                            </details>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
            {nextCursor ? (
              <ActionButton
                name="more"
                busy={busy}
                kind="secondary"
                onClick={() =>
                  run('more', async () => {
                    const page = await fetchPage(nextCursor);
                    setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
                  })
                }
              >
                Show older records
              </ActionButton>
            ) : (
              <p className="muted">That is everything.</p>
            )}
            {notice?.kind === 'error' ? <ErrorState error={new Error(notice.text)} /> : null}
          </>
        )}
      </Async>
    </Page>
  );
}
