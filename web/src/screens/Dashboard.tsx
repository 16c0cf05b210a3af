import { api, ok } from '../api/client';
import { Meter } from '../components/HoursChart';
import { Async } from '../components/States';
import { Page, TableWrap } from '../components/ui';
import { useDirectory } from '../directory';
import { hours, percent, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link } from '../router';
import { isBreached, SlaCell, ticketsOf } from './Tickets';

/** Working hours a full-time agent has had this month so far: 8 a weekday, today included. */
export function capacitySeconds(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  let weekdays = 0;
  for (let d = 1; d <= day; d++) {
    const weekday = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) weekdays++;
  }
  return weekdays * 8 * 3600;
}

/**
 * The firm at a glance, computed from the list routes the screens already use: hours by client
 * against budget, utilization by agent, SLA breaches and data-entry accuracy.
 */
export function Dashboard() {
  const { clients, members, personName } = useDirectory();
  const active = clients.filter((c) => c.active);
  const key = active.map((c) => c.id).join(',');
  const usage = useLoad(
    () => Promise.all(active.map((c) => ok(api.GET('/api/clients/{clientId}/usage', { params: { path: { clientId: c.id }, query: { month: today(c.timeZone).slice(0, 7) } } })))),
    `dash-usage:${key}`,
  );
  const breaches = useLoad(async () => (await ticketsOf(active.map((c) => c.id), {})).filter((t) => isBreached(t) && ['new', 'open', 'pending'].includes(t.status)), `dash-sla:${key}`);
  const quality = useLoad(() => Promise.all(active.map((c) => ok(api.GET('/api/clients/{clientId}/quality', { params: { path: { clientId: c.id } } })))), `dash-quality:${key}`);
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? 'Client';
  const capacity = capacitySeconds(today());

  return (
    <Page title="Dashboard" meta={<span>This month, as of today</span>}>
      <div className="grid two">
        <section className="panel" aria-labelledby="dash-hours">
          <h2 id="dash-hours">Hours by client</h2>
          <Async state={usage.state} retry={usage.reload} label="hours by client" isEmpty={(list) => list.length === 0} empty="No active clients.">
            {(list) => (
              <TableWrap label="Hours by client">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Client</th>
                      <th scope="col" className="num">
                        Tracked
                      </th>
                      <th scope="col" className="num">
                        Budget
                      </th>
                      <th scope="col">Budget used</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u) => {
                      const used = u.percentOfBudget === null ? null : u.percentOfBudget / 100;
                      return (
                        <tr key={u.clientId}>
                          <th scope="row">
                            <Link to={`/clients/${u.clientId}`}>{clientName(u.clientId)}</Link>
                          </th>
                          <td className="num">{hours(u.trackedSeconds)}</td>
                          <td className="num">{u.budgetHours === null ? '—' : `${u.budgetHours} h`}</td>
                          <td>
                            {used === null ? (
                              <span className="muted">No budget</span>
                            ) : (
                              <>
                                <Meter value={used} label={`${clientName(u.clientId)} budget used`} text={percent(used)} /> {percent(used)}
                              </>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </Async>
        </section>
        <section className="panel" aria-labelledby="dash-utilization">
          <h2 id="dash-utilization">Utilization by agent</h2>
          <p className="hint">Hours tracked this month over {hours(capacity, 0)} of working time so far (8 hours a weekday).</p>
          <Async state={usage.state} retry={usage.reload} label="utilization" isEmpty={() => members.filter((m) => m.role === 'agent').length === 0} empty="No agents yet.">
            {(list) => {
              const byAgent = new Map<string, number>();
              for (const member of members.filter((m) => m.role === 'agent' && m.active)) byAgent.set(member.id, 0);
              for (const u of list) for (const a of u.byAgent) byAgent.set(a.userId, (byAgent.get(a.userId) ?? 0) + a.trackedSeconds);
              const rows = [...byAgent.entries()].sort((a, b) => b[1] - a[1]);
              return (
                <TableWrap label="Utilization by agent">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Member</th>
                        <th scope="col" className="num">
                          Tracked
                        </th>
                        <th scope="col">Utilization</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map(([userId, seconds]) => {
                        const ratio = capacity ? seconds / capacity : null;
                        return (
                          <tr key={userId}>
                            <th scope="row">{personName(userId)}</th>
                            <td className="num">{hours(seconds)}</td>
                            <td>
                              <Meter value={ratio} label={`${personName(userId)} utilization`} text={percent(ratio)} /> {percent(ratio)}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableWrap>
              );
            }}
          </Async>
        </section>
        <section className="panel" aria-labelledby="dash-sla">
          <h2 id="dash-sla">SLA breaches</h2>
          <Async state={breaches.state} retry={breaches.reload} label="SLA breaches" isEmpty={(list) => list.length === 0} empty="No open ticket has breached its SLA.">
            {(list) => (
              <>
                <ul className="counts">
                  {active.map((c) => (
                    <li key={c.id}>
                      <strong>{list.filter((t) => t.clientId === c.id).length}</strong> at {c.name}
                    </li>
                  ))}
                </ul>
                <TableWrap label="Breached tickets">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Ticket</th>
                        <th scope="col">Client</th>
                        <th scope="col">SLA</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.slice(0, 8).map((ticket) => (
                        <tr key={ticket.id}>
                          <td>
                            <Link to={`/clients/${ticket.clientId}/tickets/${ticket.id}`}>{ticket.subject}</Link>
                          </td>
                          <td>{clientName(ticket.clientId)}</td>
                          <td>
                            <SlaCell ticket={ticket} client={clients.find((c) => c.id === ticket.clientId)} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                {list.length > 8 ? <Link to="/tickets?scope=all&show=breached">All {list.length} breached tickets</Link> : null}
              </>
            )}
          </Async>
        </section>
        <section className="panel" aria-labelledby="dash-accuracy">
          <h2 id="dash-accuracy">Data-entry accuracy</h2>
          <p className="hint">Records verified as keyed, out of those checked by a second person, over the last six months.</p>
          <Async state={quality.state} retry={quality.reload} label="accuracy" isEmpty={(list) => list.every((q) => q.checkedCount === 0)} empty="No records have been checked yet.">
            {(list) => {
              const agents = new Map<string, { checked: number; verified: number }>();
              for (const q of list) {
                for (const a of q.agents) {
                  const row = agents.get(a.userId) ?? { checked: 0, verified: 0 };
                  agents.set(a.userId, { checked: row.checked + a.checkedCount, verified: row.verified + a.verifiedCount });
                }
              }
              return (
                <TableWrap label="Data-entry accuracy">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Who</th>
                        <th scope="col" className="num">
                          Checked
                        </th>
                        <th scope="col">Accuracy</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list
                        .filter((q) => q.checkedCount > 0)
                        .map((q) => (
                          <tr key={q.clientId}>
                            <th scope="row">{clientName(q.clientId)}</th>
                            <td className="num">{q.checkedCount}</td>
                            <td>
                              <Meter value={q.accuracy} label={`${clientName(q.clientId)} accuracy`} text={percent(q.accuracy, 1)} /> {percent(q.accuracy, 1)}
                            </td>
                          </tr>
                        ))}
                      {[...agents.entries()]
                        .filter(([, row]) => row.checked > 0)
                        .map(([userId, row]) => (
                          <tr key={userId}>
                            <th scope="row">{personName(userId)}</th>
                            <td className="num">{row.checked}</td>
                            <td>
                              <Meter value={row.verified / row.checked} label={`${personName(userId)} accuracy`} text={percent(row.verified / row.checked, 1)} />{' '}
                              {percent(row.verified / row.checked, 1)}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </TableWrap>
              );
            }}
          </Async>
        </section>
      </div>
    </Page>
  );
}
