import { useId, useRef } from 'react';
import { allPages, api, ok, type Schema } from '../api/client';
import { Async } from '../components/States';
import { StartTimerButton } from '../components/TimerBar';
import { ActionButton, ActionNotice, Page, StatusBadge, TableWrap, useAction } from '../components/ui';
import { type Client, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { dateTime, statusLabel } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link, useRouter, withQuery } from '../router';
import { isAdmin, isFirm, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';

export type Ticket = Schema<'Ticket'>;
type TicketMessage = Schema<'TicketMessage'>;
const ACTIVE: Ticket['status'][] = ['new', 'open', 'pending'];
const PRIORITY_ORDER: Record<Ticket['priority'], number> = { urgent: 0, high: 1, normal: 2, low: 3 };
const STATUS_MOVES: Record<Ticket['status'], Ticket['status'][]> = {
  new: ['open', 'pending', 'solved'],
  open: ['pending', 'solved'],
  pending: ['open', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

export function isBreached(ticket: Ticket): boolean {
  return ticket.sla.firstResponseBreached || ticket.sla.resolutionBreached;
}

/** The due time that matters now: first response until answered, then resolution. */
function nextDue(ticket: Ticket): string {
  return ticket.firstRespondedAt ? ticket.sla.resolutionDueAt : ticket.sla.firstResponseDueAt;
}

export async function ticketsOf(clientIds: string[], filters: { assigneeId?: string } = {}): Promise<Ticket[]> {
  const lists = await Promise.all(
    clientIds.map((clientId) =>
      allPages((cursor) =>
        ok(api.GET('/api/clients/{clientId}/tickets', { params: { path: { clientId }, query: { limit: 100, ...filters, ...(cursor ? { cursor } : {}) } } })),
      ),
    ),
  );
  return lists.flat();
}

export function SlaCell({ ticket, client }: { ticket: Ticket; client: Client | undefined }) {
  if (!ACTIVE.includes(ticket.status)) return <span className="muted">—</span>;
  return (
    <>
      {isBreached(ticket) ? <span className="badge status-breached">SLA breached</span> : null}{' '}
      <span className="nowrap">
        {ticket.firstRespondedAt ? 'Resolve by' : 'Respond by'} {dateTime(nextDue(ticket), client?.timeZone)}
      </span>
    </>
  );
}

/**
 * Tickets: for firm members across their clients (the inbox), or one client's. Filters live in the
 * URL so a filtered inbox can be bookmarked.
 */
export function TicketList({ clientId }: { clientId?: string }) {
  const me = useMe();
  const { clients, client, personName } = useDirectory();
  const { path, query, navigate } = useRouter();
  const firm = isFirm(me.user.role);
  const scope = query.get('scope') ?? (firm && me.user.role === 'agent' && !clientId ? 'mine' : 'all');
  const show = query.get('show') ?? 'active';
  const clientIds = clientId ? [clientId] : clients.map((c) => c.id);
  const tickets = useLoad(
    () => ticketsOf(clientIds, scope === 'mine' && firm ? { assigneeId: me.user.id } : {}),
    `tickets:${clientIds.join(',')}:${scope}`,
  );
  const visible = (tickets.state.data ?? [])
    .filter((t) => (show === 'active' ? ACTIVE.includes(t.status) : show === 'breached' ? isBreached(t) && ACTIVE.includes(t.status) : true))
    .sort((a, b) => Number(isBreached(b)) - Number(isBreached(a)) || PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || nextDue(a).localeCompare(nextDue(b)));
  const ids = { scope: useId(), show: useId() };

  const body = (
    <>
      <div className="filters">
        {firm ? (
          <>
            <label htmlFor={ids.scope} className="filter-label">
              Tickets
            </label>
            <select id={ids.scope} value={scope} onChange={(e) => navigate(withQuery(path, query, { scope: e.target.value }), { replace: true })}>
              <option value="mine">Assigned to me</option>
              <option value="all">Everyone’s</option>
            </select>
          </>
        ) : null}
        <label htmlFor={ids.show} className="filter-label">
          Show
        </label>
        <select id={ids.show} value={show} onChange={(e) => navigate(withQuery(path, query, { show: e.target.value }), { replace: true })}>
          <option value="active">Open (new, open, pending)</option>
          <option value="breached">SLA breached</option>
          <option value="all">All, solved and closed too</option>
        </select>
      </div>
      <Async state={tickets.state} retry={tickets.reload} label="tickets" isEmpty={() => visible.length === 0} empty="No tickets match. Inbox zero.">
        {() => (
          <TableWrap label="Tickets">
            <table>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  {clientId ? null : <th scope="col">Client</th>}
                  <th scope="col">Priority</th>
                  <th scope="col">Status</th>
                  <th scope="col">SLA</th>
                  {firm ? <th scope="col">Assignee</th> : null}
                </tr>
              </thead>
              <tbody>
                {visible.map((ticket) => (
                  <tr key={ticket.id} className={isBreached(ticket) && ACTIVE.includes(ticket.status) ? 'breached' : undefined}>
                    <td>
                      <Link to={`/clients/${ticket.clientId}/tickets/${ticket.id}`}>{ticket.subject}</Link>
                      <div className="muted">{ticket.requester.name}</div>
                    </td>
                    {clientId ? null : <td>{client(ticket.clientId)?.name}</td>}
                    <td>
                      <span className={`priority priority-${ticket.priority}`}>{statusLabel(ticket.priority)}</span>
                    </td>
                    <td>
                      <StatusBadge status={ticket.status} />
                    </td>
                    <td>
                      <SlaCell ticket={ticket} client={client(ticket.clientId)} />
                    </td>
                    {firm ? <td>{ticket.assigneeId ? personName(ticket.assigneeId) : <span className="muted">Unassigned</span>}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Async>
    </>
  );
  if (clientId && firm) {
    const name = client(clientId)?.name ?? 'Client';
    return (
      <ClientPage clientId={clientId} title={`${name}: tickets`} section={{ to: `/clients/${clientId}/tickets`, label: 'Tickets' }}>
        {body}
      </ClientPage>
    );
  }
  return <Page title="Tickets">{body}</Page>;
}

export function TicketScreen({ clientId, ticketId }: { clientId: string; ticketId: string }) {
  const client = useClient(clientId);
  const path = { clientId, ticketId };
  const ticket = useLoad(() => ok(api.GET('/api/clients/{clientId}/tickets/{ticketId}', { params: { path } })), `ticket:${ticketId}`);
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={ticket.state.data?.subject ?? 'Ticket'} section={{ to: `/clients/${clientId}/tickets`, label: 'Tickets' }}>
      <Async state={ticket.state} retry={ticket.reload} label="the ticket">
        {(loaded) => <TicketDetail client={client} ticket={loaded} onChange={ticket.set} reload={ticket.reload} />}
      </Async>
    </ClientPage>
  );
}

function TicketDetail({ client, ticket, onChange, reload }: { client: Client; ticket: Ticket; onChange: (ticket: Ticket) => void; reload: () => void }) {
  const me = useMe();
  const { members, personName, memberName } = useDirectory();
  const firm = isFirm(me.user.role);
  const path = { clientId: client.id, ticketId: ticket.id };
  const messages = useLoad(
    async () =>
      (
        await allPages((cursor) => ok(api.GET('/api/clients/{clientId}/tickets/{ticketId}/messages', { params: { path, query: { limit: 100, ...(cursor ? { cursor } : {}) } } })))
      ).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    `messages:${ticket.id}`,
  );
  const [body, setBody, clearBody] = useDraft(`reply:${ticket.id}`, '');
  const { busy, notice, run } = useAction();
  const composer = useRef<HTMLTextAreaElement>(null);
  const update = (name: string, change: Omit<Schema<'UpdateTicket'>, 'version'>, success: string) =>
    run(
      name,
      async () => {
        onChange(await ok(api.PATCH('/api/clients/{clientId}/tickets/{ticketId}', { params: { path }, body: { version: ticket.version, ...change } })));
      },
      success,
    );
  const send = (visibility: TicketMessage['visibility']) =>
    run(
      visibility,
      async () => {
        if (!body.trim()) throw new Error('Write the message first.');
        await ok(api.POST('/api/clients/{clientId}/tickets/{ticketId}/messages', { params: { path }, body: { body: body.trim(), visibility } }));
        clearBody();
        messages.reload();
        reload();
        composer.current?.focus();
      },
      visibility === 'public' ? 'Reply sent.' : 'Internal note added.',
    );
  const assignable = members.filter((m) => m.active && m.role !== 'client' && (m.role !== 'agent' || m.assignedClientIds.includes(client.id)));
  const ids = { status: useId(), priority: useId(), assignee: useId(), composer: useId() };

  return (
    <>
      <div className="summary-bar">
        <StatusBadge status={ticket.status} />
        <span className={`priority priority-${ticket.priority}`}>{statusLabel(ticket.priority)} priority</span>
        <span>
          From <strong>{ticket.requester.name}</strong> ({ticket.requester.email})
        </span>
        {firm ? <StartTimerButton clientId={client.id} workItem={{ type: 'ticket', id: ticket.id }} label={`Ticket: ${ticket.subject}`} /> : null}
      </div>
      <div className="grid main-side">
        <section className="panel" aria-labelledby="thread-title">
          <h2 id="thread-title">Conversation</h2>
          {firm ? null : <p className="hint">You see the replies exchanged with the requester; the firm’s internal notes are not shown.</p>}
          <Async state={messages.state} retry={messages.reload} label="messages" isEmpty={(list) => list.length === 0} empty="No messages yet.">
            {(list) => (
              <ol className="thread">
                {list.map((message) => (
                  <li key={message.id} className={`message ${message.visibility === 'internal' ? 'internal' : `from-${message.author.kind}`}`}>
                    <p className="message-head">
                      <strong>{message.author.name ?? (message.author.id ? memberName(message.author.id) : undefined) ?? message.author.email}</strong>{' '}
                      {message.visibility === 'internal' ? <span className="badge status-internal">Internal note</span> : null}{' '}
                      <time dateTime={message.createdAt}>{dateTime(message.createdAt, client.timeZone)}</time>
                    </p>
                    <p className="message-body">{message.body}</p>
                  </li>
                ))}
              </ol>
            )}
          </Async>
          {ticket.status === 'closed' ? (
            <p className="muted">This ticket is closed.</p>
          ) : (
            <form
              className="stack composer"
              onSubmit={(event) => {
                event.preventDefault();
                send('public');
              }}
            >
              <label htmlFor={ids.composer}>{firm ? 'Reply to the requester, or add a note for the team' : 'Your reply'}</label>
              <textarea id={ids.composer} ref={composer} value={body} onChange={(e) => setBody(e.target.value)} rows={4} maxLength={10_000} />
              <div className="row">
                <ActionButton name="public" busy={busy} type="submit" disabled={!body.trim()}>
                  Send reply
                </ActionButton>
                {firm ? (
                  <ActionButton name="internal" busy={busy} kind="secondary" onClick={() => send('internal')} disabled={!body.trim()}>
                    Add internal note
                  </ActionButton>
                ) : null}
              </div>
              <ActionNotice notice={notice} sources={['public', 'internal']} />
            </form>
          )}
        </section>
        <aside className="panel" aria-labelledby="ticket-facts">
          <h2 id="ticket-facts">Details</h2>
          <dl className="facts">
            <dt>Opened</dt>
            <dd>{dateTime(ticket.createdAt, client.timeZone)}</dd>
            <dt>First response due</dt>
            <dd>
              {dateTime(ticket.sla.firstResponseDueAt, client.timeZone)}
              {ticket.sla.firstResponseBreached ? <span className="badge status-breached">Breached</span> : null}
              {ticket.firstRespondedAt ? <span className="muted"> (answered {dateTime(ticket.firstRespondedAt, client.timeZone)})</span> : null}
            </dd>
            <dt>Resolution due</dt>
            <dd>
              {dateTime(ticket.sla.resolutionDueAt, client.timeZone)}
              {ticket.sla.resolutionBreached ? <span className="badge status-breached">Breached</span> : null}
            </dd>
            {firm ? (
              <>
                <dt>Assignee</dt>
                <dd>{ticket.assigneeId ? personName(ticket.assigneeId) : 'Unassigned'}</dd>
              </>
            ) : null}
          </dl>
          {firm ? (
            <div className="stack">
              <div className="field">
                <label htmlFor={ids.status}>Status</label>
                <select
                  id={ids.status}
                  value={ticket.status}
                  disabled={busy !== undefined || STATUS_MOVES[ticket.status].length === 0}
                  onChange={(e) => update('status', { status: e.target.value as Ticket['status'] }, `Status set to ${statusLabel(e.target.value)}.`)}
                >
                  {[ticket.status, ...STATUS_MOVES[ticket.status]].map((status) => (
                    <option key={status} value={status}>
                      {statusLabel(status)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.priority}>Priority</label>
                <select
                  id={ids.priority}
                  value={ticket.priority}
                  disabled={busy !== undefined}
                  onChange={(e) => update('priority', { priority: e.target.value as Ticket['priority'] }, `Priority set to ${e.target.value}.`)}
                >
                  {(['urgent', 'high', 'normal', 'low'] as const).map((priority) => (
                    <option key={priority} value={priority}>
                      {statusLabel(priority)}
                    </option>
                  ))}
                </select>
              </div>
              {isAdmin(me.user.role) ? (
                <div className="field">
                  <label htmlFor={ids.assignee}>Assign to</label>
                  <select
                    id={ids.assignee}
                    value={ticket.assigneeId ?? ''}
                    disabled={busy !== undefined}
                    onChange={(e) => update('assignee', { assigneeId: e.target.value || null }, 'Assignee changed.')}
                  >
                    <option value="">Nobody</option>
                    {assignable.map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.name}
                      </option>
                    ))}
                  </select>
                </div>
              ) : ticket.assigneeId !== me.user.id ? (
                <ActionButton name="assignee" busy={busy} kind="secondary" onClick={() => update('assignee', { assigneeId: me.user.id }, 'Assigned to you.')}>
                  Assign to me
                </ActionButton>
              ) : null}
              <ActionNotice notice={notice} sources={['status', 'priority', 'assignee']} />
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}
