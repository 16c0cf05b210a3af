import { type FormEvent, type ReactNode, useState } from 'react';
import { api, ok } from '../api/client';
import { HoursChart } from '../components/HoursChart';
import { Async, Empty } from '../components/States';
import { StartTimerButton } from '../components/TimerBar';
import { ActionButton, ActionNotice, Field, Page, useAction } from '../components/ui';
import { type Client, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { hours, percent } from '../lib/format';
import { useLoad } from '../lib/load';
import { monthUsage } from '../lib/usage';
import { Link, useRouter } from '../router';
import { isAdmin, isFirm, useMe } from '../session';

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London'];
  }
})();

/** The sections of one client, as a second navigation; each role sees the ones it may use. */
export function ClientTabs({ clientId }: { clientId: string }) {
  const me = useMe();
  const { path } = useRouter();
  const base = `/clients/${clientId}`;
  const tabs: { to: string; label: string; show: boolean }[] = [
    { to: base, label: 'Overview', show: true },
    { to: `${base}/invoices`, label: 'Invoices', show: true },
    { to: `${base}/payroll`, label: 'Payroll', show: true },
    { to: `${base}/batches`, label: 'Data entry', show: true },
    { to: `${base}/tickets`, label: 'Tickets', show: true },
    { to: `${base}/documents`, label: 'Documents', show: true },
    { to: `${base}/billing`, label: 'Billing', show: isAdmin(me.user.role) },
    { to: `${base}/rates`, label: 'Rates', show: isAdmin(me.user.role) },
    { to: `${base}/assignments`, label: 'Assignments', show: isAdmin(me.user.role) },
    { to: `${base}/settings`, label: 'Settings', show: isAdmin(me.user.role) },
  ];
  const current = (to: string) => (to === base ? path === base : path === to || path.startsWith(`${to}/`) || (to.endsWith('/payroll') && path.startsWith(`${base}/payroll-runs`)));
  return (
    <nav className="tabs" aria-label="Client sections">
      <ul>
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <li key={tab.to}>
              <Link to={tab.to} aria-current={current(tab.to) ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** Breadcrumbs to a client's section: the firm's "Clients › Acme Dental", or the reviewer's home. */
export function useClientCrumbs(clientId: string, section?: { to: string; label: string }) {
  const me = useMe();
  const client = useClient(clientId);
  if (!isFirm(me.user.role)) return [{ to: '/', label: 'Home' }, ...(section ? [section] : [])];
  return [
    { to: '/clients', label: me.user.role === 'agent' ? 'My clients' : 'Clients' },
    { to: `/clients/${clientId}`, label: client?.name ?? 'Client' },
    ...(section ? [section] : []),
  ];
}

/** A client's screen frame for firm members: title, breadcrumbs and the client's sections. */
export function ClientPage({ clientId, title, actions, children, section }: { clientId: string; title: string; actions?: ReactNode; children: ReactNode; section?: { to: string; label: string } }) {
  const client = useClient(clientId);
  const me = useMe();
  const crumbs = useClientCrumbs(clientId, section);
  if (!client) return <NotVisible />;
  return (
    <Page title={title} crumbs={crumbs} actions={actions}>
      {isFirm(me.user.role) ? <ClientTabs clientId={clientId} /> : null}
      {children}
    </Page>
  );
}

export function NotVisible() {
  return (
    <Page title="Not found">
      <Empty>This page does not exist, or it is not shared with you.</Empty>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}

export function ClientsList() {
  const me = useMe();
  const { clients } = useDirectory();
  const admin = isAdmin(me.user.role);
  return (
    <Page title={me.user.role === 'agent' ? 'My clients' : 'Clients'}>
      {clients.length === 0 ? (
        <Empty>{me.user.role === 'agent' ? 'No clients are assigned to you yet. Ask your manager to assign you.' : 'No clients yet.'}</Empty>
      ) : (
        <ul className="cards clients">
          {clients.map((client) => (
            <li key={client.id} className="card">
              <h2>
                <Link to={`/clients/${client.id}`}>{client.name}</Link>
              </h2>
              <p className="muted">
                {client.currency} · {client.timeZone}
                {client.active ? '' : ' · inactive'}
              </p>
              <p className="muted">Budget: {client.monthlyBudgetHours ? `${client.monthlyBudgetHours} h a month` : 'none'}</p>
            </li>
          ))}
        </ul>
      )}
      {admin ? <NewClientForm /> : null}
    </Page>
  );
}

interface ClientForm {
  name: string;
  currency: string;
  timeZone: string;
  contactName: string;
  contactEmail: string;
  budget: string;
  approval: boolean;
  active: boolean;
}

function formOf(client?: Client): ClientForm {
  return {
    name: client?.name ?? '',
    currency: client?.currency ?? 'USD',
    timeZone: client?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    contactName: client?.billingContact.name ?? '',
    contactEmail: client?.billingContact.email ?? '',
    budget: client?.monthlyBudgetHours?.toString() ?? '',
    approval: client?.clientApprovalRequired ?? false,
    active: client?.active ?? true,
  };
}

function ClientFields({ form, set }: { form: ClientForm; set: (next: ClientForm) => void }) {
  return (
    <div className="form-grid">
      <Field label="Name">{(id) => <input id={id} value={form.name} onChange={(e) => set({ ...form, name: e.target.value })} required maxLength={200} />}</Field>
      <Field label="Currency" hint="ISO 4217 code, such as USD">
        {(id, hint) => (
          <input
            id={id}
            aria-describedby={hint}
            value={form.currency}
            onChange={(e) => set({ ...form, currency: e.target.value.toUpperCase() })}
            required
            pattern="[A-Z]{3}"
            maxLength={3}
            size={4}
          />
        )}
      </Field>
      <Field label="Time zone">
        {(id) => (
          <select id={id} value={form.timeZone} onChange={(e) => set({ ...form, timeZone: e.target.value })}>
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Billing contact name">
        {(id) => <input id={id} value={form.contactName} onChange={(e) => set({ ...form, contactName: e.target.value })} required />}
      </Field>
      <Field label="Billing contact email">
        {(id) => <input id={id} type="email" value={form.contactEmail} onChange={(e) => set({ ...form, contactEmail: e.target.value })} required />}
      </Field>
      <Field label="Monthly budget (hours)" hint="Leave empty for no budget">
        {(id, hint) => (
          <input id={id} aria-describedby={hint} type="number" min={0} step={1} value={form.budget} onChange={(e) => set({ ...form, budget: e.target.value })} />
        )}
      </Field>
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={form.approval} onChange={(e) => set({ ...form, approval: e.target.checked })} /> The client signs off hours before billing
        </label>
      </div>
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={form.active} onChange={(e) => set({ ...form, active: e.target.checked })} /> Active
        </label>
      </div>
    </div>
  );
}

function bodyOf(form: ClientForm) {
  return {
    name: form.name.trim(),
    currency: form.currency.trim(),
    timeZone: form.timeZone,
    billingContact: { name: form.contactName.trim(), email: form.contactEmail.trim() },
    monthlyBudgetHours: form.budget === '' ? null : Number(form.budget),
    clientApprovalRequired: form.approval,
    active: form.active,
  };
}

function NewClientForm() {
  const { reloadClients } = useDirectory();
  const { navigate } = useRouter();
  const [form, setForm, clearForm] = useDraft<ClientForm>('new-client', formOf());
  const { busy, notice, run } = useAction();
  const [open, setOpen] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('create', async () => {
      const created = await ok(api.POST('/api/clients', { body: bodyOf(form) }));
      clearForm();
      reloadClients();
      navigate(`/clients/${created.id}`);
    });
  };
  if (!open && !form.name) {
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        New client
      </button>
    );
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-client-title">
      <h2 id="new-client-title">New client</h2>
      <ClientFields form={form} set={setForm} />
      <div className="row">
        <ActionButton name="create" busy={busy} type="submit">
          Create client
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

export function ClientSettings({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const { reloadClients } = useDirectory();
  const [form, setForm, clearForm] = useDraft<ClientForm>(`client-settings:${clientId}`, formOf(client));
  const { busy, notice, run } = useAction();
  if (!client) return <NotVisible />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      'save',
      async () => {
        const saved = await ok(api.PATCH('/api/clients/{clientId}', { params: { path: { clientId } }, body: { version: client.version, ...bodyOf(form) } }));
        clearForm(formOf(saved));
        reloadClients();
      },
      'Saved the client settings.',
    );
  };
  return (
    <ClientPage clientId={clientId} title={`${client.name}: settings`} section={{ to: `/clients/${clientId}/settings`, label: 'Settings' }}>
      <form className="panel" onSubmit={submit} aria-label="Client settings">
        <ClientFields form={form} set={setForm} />
        <div className="row">
          <ActionButton name="save" busy={busy} type="submit">
            Save settings
          </ActionButton>
        </div>
        <ActionNotice notice={notice} />
      </form>
    </ClientPage>
  );
}

export function ClientOverview({ clientId }: { clientId: string }) {
  const me = useMe();
  const client = useClient(clientId);
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={client.name} actions={isFirm(me.user.role) ? <StartTimerButton clientId={clientId} /> : undefined}>
      <div className="grid two">
        <section className="panel" aria-labelledby="client-facts">
          <h2 id="client-facts">About this client</h2>
          <dl className="facts">
            <dt>Billing contact</dt>
            <dd>
              {client.billingContact.name} ({client.billingContact.email})
            </dd>
            <dt>Currency</dt>
            <dd>{client.currency}</dd>
            <dt>Time zone</dt>
            <dd>{client.timeZone}</dd>
            <dt>Monthly budget</dt>
            <dd>{client.monthlyBudgetHours ? `${client.monthlyBudgetHours} h` : 'None'}</dd>
            <dt>Client signs off hours</dt>
            <dd>{client.clientApprovalRequired ? 'Yes' : 'No'}</dd>
          </dl>
        </section>
        {isAdmin(me.user.role) ? <UsagePanel client={client} /> : null}
      </div>
    </ClientPage>
  );
}

export function UsagePanel({ client }: { client: Client }) {
  const usage = useLoad(() => monthUsage(client), `usage:${client.id}`);
  return (
    <section className="panel" aria-labelledby={`usage-${client.id}`}>
      <h2 id={`usage-${client.id}`}>Hours this month</h2>
      <Async state={usage.state} retry={usage.reload} label="hours">
        {({ usage: totals, days }) => (
          <>
            <dl className="stats">
              <div>
                <dt>Tracked</dt>
                <dd>{hours(totals.trackedSeconds)}</dd>
              </div>
              <div>
                <dt>Approved</dt>
                <dd>{hours(totals.approvedSeconds)}</dd>
              </div>
              <div>
                <dt>Billed</dt>
                <dd>{hours(totals.billedSeconds)}</dd>
              </div>
              <div>
                <dt>Budget used</dt>
                <dd>{totals.percentOfBudget === null ? 'No budget' : percent(totals.percentOfBudget / 100)}</dd>
              </div>
            </dl>
            <HoursChart days={days} budgetHours={totals.budgetHours} title={`${client.name}: hours tracked this month`} />
          </>
        )}
      </Async>
    </section>
  );
}
