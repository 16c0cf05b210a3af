import { type FormEvent, useState } from 'react';
import { api, ok, type Role } from '../api/client';
import { ROLE_LABEL } from '../components/Shell';
import { Async } from '../components/States';
import { ActionButton, ActionNotice, Field, Page, TableWrap, useAction } from '../components/ui';
import { type Member, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { useLoad } from '../lib/load';
import { useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';

const ROLES: Role[] = ['owner', 'manager', 'agent', 'client'];

/** The firm's members and their roles; owners invite and change roles, managers read. */
export function Team() {
  const me = useMe();
  const { members, client, reloadMembers } = useDirectory();
  const owner = me.user.role === 'owner';
  const { busy, notice, run } = useAction();
  const update = (member: Member, change: { role?: Role; active?: boolean }, success: string) =>
    run(
      `member:${member.id}`,
      async () => {
        await ok(api.PATCH('/api/members/{userId}', { params: { path: { userId: member.id } }, body: { version: member.version, ...change } }));
        reloadMembers();
      },
      success,
    );
  const sorted = [...members].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name));
  return (
    <Page title="Team">
      <ActionNotice notice={notice} />
      <TableWrap label="Members">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Clients</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{member.email}</td>
                <td>
                  {owner && member.id !== me.user.id && member.role !== 'client' ? (
                    <select
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      disabled={busy !== undefined}
                      onChange={(e) => update(member, { role: e.target.value as Role }, `${member.name} is now ${ROLE_LABEL[e.target.value as Role].toLowerCase()}.`)}
                    >
                      {ROLES.filter((role) => role !== 'client').map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABEL[role]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ROLE_LABEL[member.role]
                  )}
                </td>
                <td>
                  {member.role === 'client'
                    ? (client(member.clientId ?? '')?.name ?? '—')
                    : member.role === 'agent'
                      ? member.assignedClientIds.map((id) => client(id)?.name ?? 'A client').join(', ') || <span className="muted">None assigned</span>
                      : 'All'}
                </td>
                <td>
                  {member.active ? 'Active' : 'Deactivated'}
                  {owner && member.id !== me.user.id ? (
                    <>
                      {' '}
                      <ActionButton
                        name={`member:${member.id}`}
                        busy={busy}
                        kind="secondary"
                        onClick={() => update(member, { active: !member.active }, member.active ? `${member.name} can no longer sign in.` : `${member.name} can sign in again.`)}
                      >
                        {member.active ? 'Deactivate' : 'Reactivate'} <span className="visually-hidden">{member.name}</span>
                      </ActionButton>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {owner ? <InviteForm /> : <p className="hint">Only the owner invites members and changes roles.</p>}
    </Page>
  );
}

function InviteForm() {
  const { clients, reloadMembers } = useDirectory();
  const [form, setForm, clearForm] = useDraft('invite', { name: '', email: '', role: 'agent' as Role, clientId: '' });
  const [invited, setInvited] = useState<{ email: string; password?: string } | undefined>();
  const { busy, notice, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('invite', async () => {
      const member = await ok(
        api.POST('/api/members', {
          body: { name: form.name.trim(), email: form.email.trim(), role: form.role, ...(form.role === 'client' ? { clientId: form.clientId || clients[0]?.id } : {}) },
        }),
      );
      setInvited({ email: member.email, ...(member.temporaryPassword ? { password: member.temporaryPassword } : {}) });
      clearForm();
      reloadMembers();
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a member</h2>
      <div className="form-grid">
        <Field label="Name">{(id) => <input id={id} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />}</Field>
        <Field label="Email">{(id) => <input id={id} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />}</Field>
        <Field label="Role">
          {(id) => (
            <select id={id} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.role === 'client' ? (
          <Field label="Reviewer of">
            {(id) => (
              <select id={id} value={form.clientId || clients[0]?.id} onChange={(e) => setForm({ ...form, clientId: e.target.value })}>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="row">
        <ActionButton name="invite" busy={busy} type="submit">
          Invite
        </ActionButton>
      </div>
      <ActionNotice notice={notice} />
      {invited ? (
        <p className="notice success" role="status">
          Invited {invited.email}.{' '}
          {invited.password ? (
            <>
              Their temporary password is <code>{invited.password}</code>; share it with them privately.
            </>
          ) : (
            'They will receive an email to set their password.'
          )}
        </p>
      ) : null}
    </form>
  );
}

/** Which agents work for a client (owners and managers see every client anyway). */
export function Assignments({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const { members, reloadMembers } = useDirectory();
  const assignments = useLoad(() => ok(api.GET('/api/clients/{clientId}/assignments', { params: { path: { clientId } } })), `assignments:${clientId}`);
  const [chosen, setChosen] = useState<Set<string> | undefined>();
  const { busy, notice, run } = useAction();
  if (!client) return <NotVisible />;
  const agents = members.filter((m) => m.role === 'agent' && m.active);
  return (
    <ClientPage clientId={clientId} title={`${client.name}: assignments`} section={{ to: `/clients/${clientId}/assignments`, label: 'Assignments' }}>
      <Async state={assignments.state} retry={assignments.reload} label="assignments">
        {(current) => {
          const selected = chosen ?? new Set(current.agentIds);
          return (
            <form
              className="panel"
              onSubmit={(event) => {
                event.preventDefault();
                run(
                  'save',
                  async () => {
                    assignments.set(await ok(api.PUT('/api/clients/{clientId}/assignments', { params: { path: { clientId } }, body: { agentIds: [...selected] } })));
                    setChosen(undefined);
                    reloadMembers();
                  },
                  'Assignments saved.',
                );
              }}
            >
              <fieldset>
                <legend>Agents who work for {client.name}</legend>
                {agents.length === 0 ? <p className="muted">No agents in the firm yet.</p> : null}
                {agents.map((agent) => (
                  <div className="field checkbox" key={agent.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.has(agent.id)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.target.checked) next.add(agent.id);
                          else next.delete(agent.id);
                          setChosen(next);
                        }}
                      />{' '}
                      {agent.name} <span className="muted">({agent.email})</span>
                    </label>
                  </div>
                ))}
              </fieldset>
              <div className="row">
                <ActionButton name="save" busy={busy} type="submit" disabled={!chosen}>
                  Save assignments
                </ActionButton>
              </div>
              <ActionNotice notice={notice} />
            </form>
          );
        }}
      </Async>
    </ClientPage>
  );
}
