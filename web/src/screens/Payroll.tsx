import { type FormEvent, useState } from 'react';
import { allPages, api, ok, type Schema } from '../api/client';
import { Comments } from '../components/Comments';
import { Async } from '../components/States';
import { StartTimerButton } from '../components/TimerBar';
import { ActionButton, ActionNotice, DownloadButton, Field, StatusBadge, TableWrap, useAction } from '../components/ui';
import { type Client, useClient } from '../directory';
import { useDraft } from '../lib/drafts';
import { addDays, bps, calendarDate, money, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link, useRouter } from '../router';
import { isAdmin, isFirm, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';
import { ReviewButtons } from './Invoices';

export type PayrollRun = Schema<'PayrollRun'>;
const NO_TAX_ENGINE = 'Backdesk has no tax engine: deductions are the amounts or percentages configured on each employee.';

function deductionText(deduction: Schema<'Deduction'>, currency: string): string {
  return 'percentBps' in deduction ? `${deduction.name} ${bps(deduction.percentBps)}` : `${deduction.name} ${money(deduction.amountMinor, currency)}`;
}

export function PayrollList({ clientId }: { clientId: string }) {
  const me = useMe();
  const client = useClient(clientId);
  const runs = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/payroll-runs', { params: { path: { clientId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    `runs:${clientId}`,
  );
  const employees = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/employees', { params: { path: { clientId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    `employees:${clientId}`,
  );
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={`${client.name}: payroll`} section={{ to: `/clients/${clientId}/payroll`, label: 'Payroll' }}>
      <p className="notice info">{NO_TAX_ENGINE}</p>
      <section className="panel" aria-labelledby="runs-title">
        <h2 id="runs-title">Payroll runs</h2>
        <Async state={runs.state} retry={runs.reload} label="payroll runs" isEmpty={(list) => list.length === 0} empty="No payroll runs yet.">
          {(list) => (
            <TableWrap label="Payroll runs">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Pay date</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Gross
                    </th>
                    <th scope="col" className="num">
                      Net
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((run) => (
                    <tr key={run.id}>
                      <td>
                        <Link to={`/clients/${clientId}/payroll-runs/${run.id}`}>
                          {calendarDate(run.periodStart)} – {calendarDate(run.periodEnd)}
                        </Link>
                      </td>
                      <td>{calendarDate(run.payDate)}</td>
                      <td>
                        <StatusBadge status={run.status} />
                        {run.status === 'draft' && run.rejectionReason ? <span className="badge status-rejected">Rejected</span> : null}
                      </td>
                      <td className="num">{money(run.grossMinor, run.currency)}</td>
                      <td className="num">{money(run.netMinor, run.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Async>
        {isFirm(me.user.role) ? <NewRunForm client={client} onCreated={runs.reload} /> : null}
      </section>
      <section className="panel" aria-labelledby="employees-title">
        <h2 id="employees-title">Employees</h2>
        <Async state={employees.state} retry={employees.reload} label="employees" isEmpty={(list) => list.length === 0} empty="No employees yet.">
          {(list) => (
            <TableWrap label="Employees">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Pay</th>
                    <th scope="col">Deductions</th>
                    <th scope="col">Active</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((employee) => (
                    <tr key={employee.id}>
                      <td>{employee.name}</td>
                      <td>
                        {money(employee.rateMinor, client.currency)} {employee.payType === 'hourly' ? 'an hour' : 'a pay period'}
                      </td>
                      <td>{employee.deductions.map((d) => deductionText(d, client.currency)).join(', ') || 'None'}</td>
                      <td>{employee.active ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Async>
      </section>
    </ClientPage>
  );
}

function NewRunForm({ client, onCreated }: { client: Client; onCreated: () => void }) {
  const { navigate } = useRouter();
  const end = today(client.timeZone);
  const [form, setForm, clearForm] = useDraft(`new-run:${client.id}`, { periodStart: addDays(end, -13), periodEnd: end, payDate: addDays(end, 3) });
  const { busy, notice, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('create', async () => {
      const created = await ok(api.POST('/api/clients/{clientId}/payroll-runs', { params: { path: { clientId: client.id } }, body: form }));
      clearForm();
      onCreated();
      navigate(`/clients/${client.id}/payroll-runs/${created.id}`);
    });
  };
  return (
    <form className="inline-form wrap" onSubmit={submit} aria-label="New payroll run">
      <Field label="Period start">{(id) => <input id={id} type="date" value={form.periodStart} onChange={(e) => setForm({ ...form, periodStart: e.target.value })} required />}</Field>
      <Field label="Period end">{(id) => <input id={id} type="date" value={form.periodEnd} onChange={(e) => setForm({ ...form, periodEnd: e.target.value })} required />}</Field>
      <Field label="Pay date">{(id) => <input id={id} type="date" value={form.payDate} onChange={(e) => setForm({ ...form, payDate: e.target.value })} required />}</Field>
      <ActionButton name="create" busy={busy} type="submit">
        New payroll run
      </ActionButton>
      <ActionNotice notice={notice} />
    </form>
  );
}

export function PayrollRunScreen({ clientId, runId }: { clientId: string; runId: string }) {
  const client = useClient(clientId);
  const run = useLoad(() => ok(api.GET('/api/clients/{clientId}/payroll-runs/{runId}', { params: { path: { clientId, runId } } })), `run:${runId}`);
  if (!client) return <NotVisible />;
  const data = run.state.data;
  return (
    <ClientPage
      clientId={clientId}
      title={data ? `Payroll ${calendarDate(data.periodStart)} – ${calendarDate(data.periodEnd)}` : 'Payroll run'}
      section={{ to: `/clients/${clientId}/payroll`, label: 'Payroll' }}
    >
      <Async state={run.state} retry={run.reload} label="the payroll run">
        {(loaded) => <RunDetail client={client} run={loaded} onChange={run.set} />}
      </Async>
    </ClientPage>
  );
}

function RunDetail({ client, run, onChange }: { client: Client; run: PayrollRun; onChange: (run: PayrollRun) => void }) {
  const me = useMe();
  const firm = isFirm(me.user.role);
  const editable = firm && run.status === 'draft';
  const initialHours = Object.fromEntries(run.lines.map((line) => [line.employeeId, String(line.hours)]));
  const [hoursByEmployee, setHours, clearHours] = useDraft<Record<string, string>>(`run:${run.id}`, initialHours);
  const dirty = editable && JSON.stringify(hoursByEmployee) !== JSON.stringify(initialHours);
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, notice, run: act } = useAction();
  const path = { clientId: client.id, runId: run.id };
  const workItem = { type: 'payroll_run' as const, id: run.id };
  const label = `${calendarDate(run.periodStart)} – ${calendarDate(run.periodEnd)}`;

  const save = async (): Promise<PayrollRun> => {
    const lines = run.lines
      .filter((line) => line.payType === 'hourly')
      .map((line) => ({ employeeId: line.employeeId, hours: Number(hoursByEmployee[line.employeeId] ?? line.hours) }));
    const bad = lines.find((line) => !(line.hours >= 0) || Math.round(line.hours * 100) !== line.hours * 100);
    if (bad) {
      const name = run.lines.find((line) => line.employeeId === bad.employeeId)?.name ?? 'an employee';
      setProblem(`Hours for ${name} must be a number of 0 or more with at most 2 decimals.`);
      throw new Error(`Hours for ${name} must be a number of 0 or more with at most 2 decimals.`);
    }
    setProblem(undefined);
    const saved = await ok(api.PATCH('/api/clients/{clientId}/payroll-runs/{runId}', { params: { path }, body: { version: run.version, lines } }));
    clearHours(Object.fromEntries(saved.lines.map((line) => [line.employeeId, String(line.hours)])));
    onChange(saved);
    return saved;
  };
  const move = (name: string, action: () => Promise<PayrollRun>, success: string) => act(name, async () => onChange(await action()), success);

  return (
    <>
      <div className="summary-bar">
        <StatusBadge status={run.status} />
        <span>Pay date {calendarDate(run.payDate)}</span>
        {firm ? <StartTimerButton clientId={client.id} workItem={workItem} label={`Payroll ${label}`} /> : null}
        <DownloadButton path={`/api/clients/${client.id}/payroll-runs/${run.id}/payslips.csv`} fileName="payslips.csv">
          Payslips (CSV)
        </DownloadButton>
        <DownloadButton path={`/api/clients/${client.id}/payroll-runs/${run.id}/bank-export.csv`} fileName="bank-export.csv">
          Bank export (CSV)
        </DownloadButton>
      </div>
      {run.rejectionReason && run.status === 'draft' ? (
        <p className="notice warning">
          The client rejected this run: <q>{run.rejectionReason}</q>
        </p>
      ) : null}
      <p className="notice info">{NO_TAX_ENGINE}</p>
      <div className="grid main-side">
        <section className="panel" aria-labelledby="run-lines">
          <h2 id="run-lines">Employees in this run</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              act('save', save, 'Saved. The amounts are the server’s.');
            }}
          >
            <TableWrap label="Payroll lines">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Employee</th>
                    <th scope="col">Pay</th>
                    <th scope="col">Hours</th>
                    <th scope="col" className="num">
                      Gross
                    </th>
                    <th scope="col">Deductions</th>
                    <th scope="col" className="num">
                      Net
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {run.lines.map((line) => (
                    <tr key={line.employeeId}>
                      <th scope="row">{line.name}</th>
                      <td>
                        {money(line.rateMinor, run.currency)} {line.payType === 'hourly' ? '/ h' : 'salary'}
                      </td>
                      <td>
                        {editable && line.payType === 'hourly' ? (
                          <input
                            aria-label={`Hours for ${line.name}`}
                            inputMode="decimal"
                            size={6}
                            value={hoursByEmployee[line.employeeId] ?? String(line.hours)}
                            onChange={(e) => setHours({ ...hoursByEmployee, [line.employeeId]: e.target.value })}
                          />
                        ) : (
                          line.hours
                        )}
                      </td>
                      <td className="num">{money(line.grossMinor, run.currency)}</td>
                      <td>
                        {line.deductions.map((d) => `${d.name} ${money(d.amountMinor, run.currency)}`).join(', ') || 'None'}
                        {line.deductions.length ? <span className="muted"> = {money(line.deductionsMinor, run.currency)}</span> : null}
                      </td>
                      <td className="num">{money(line.netMinor, run.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {editable ? (
              <div className="row">
                <ActionButton name="save" busy={busy} type="submit" disabled={!dirty}>
                  Save hours
                </ActionButton>
                {dirty ? <span className="muted">Unsaved changes: the amounts show the last save.</span> : null}
              </div>
            ) : null}
            {problem ? (
              <p className="notice error" role="alert">
                {problem}
              </p>
            ) : null}
          </form>
        </section>
        <aside className="panel" aria-labelledby="run-totals">
          <h2 id="run-totals">Totals</h2>
          <dl className="totals">
            <dt>Gross</dt>
            <dd>{money(run.grossMinor, run.currency)}</dd>
            <dt>Deductions</dt>
            <dd>{money(run.deductionsMinor, run.currency)}</dd>
            <dt className="total">Net pay</dt>
            <dd className="total">{money(run.netMinor, run.currency)}</dd>
          </dl>
          <p className="hint">Computed by the server when the hours are saved.</p>
          <div className="stack">
            {firm && run.status === 'draft' ? (
              <ActionButton
                name="submit"
                busy={busy}
                onClick={() =>
                  move(
                    'submit',
                    async () => {
                      const current = dirty ? await save() : run;
                      return ok(api.POST('/api/clients/{clientId}/payroll-runs/{runId}/submit', { params: { path }, body: { version: current.version } }));
                    },
                    'Submitted to the client for approval.',
                  )
                }
              >
                Submit for approval
              </ActionButton>
            ) : null}
            {isAdmin(me.user.role) && run.status === 'approved' ? (
              <ActionButton
                name="paid"
                busy={busy}
                onClick={() =>
                  move('paid', () => ok(api.POST('/api/clients/{clientId}/payroll-runs/{runId}/mark-paid', { params: { path }, body: { version: run.version } })), 'Marked as paid.')
                }
              >
                Mark as paid
              </ActionButton>
            ) : null}
            {!firm && run.status === 'pending_approval' ? (
              <ReviewButtons
                what={`payroll run ${label}`}
                draftKey={`run:${run.id}`}
                busy={busy}
                onApprove={() =>
                  move(`approve:run:${run.id}`, () => ok(api.POST('/api/clients/{clientId}/payroll-runs/{runId}/approve', { params: { path }, body: { version: run.version } })), 'Approved.')
                }
                onReject={(reason) =>
                  move(
                    `reject:run:${run.id}`,
                    () => ok(api.POST('/api/clients/{clientId}/payroll-runs/{runId}/reject', { params: { path }, body: { reason, version: run.version } })),
                    'Rejected; the firm will see your reason.',
                  )
                }
              />
            ) : null}
          </div>
          <ActionNotice notice={notice} />
        </aside>
      </div>
      <Comments clientId={client.id} on={workItem} />
    </>
  );
}
