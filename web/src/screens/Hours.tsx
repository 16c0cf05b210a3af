import { Meter } from '../components/HoursChart';
import { Async } from '../components/States';
import { Page, TableWrap } from '../components/ui';
import { useClient } from '../directory';
import { hours, percent, statusLabel } from '../lib/format';
import { useLoad } from '../lib/load';
import { monthUsage } from '../lib/usage';
import { useMe } from '../session';
import { NotVisible, UsagePanel } from './Clients';

/** The client reviewer's hours: this month against the budget, by category. */
export function Hours() {
  const me = useMe();
  const client = useClient(me.user.clientId ?? '');
  const usage = useLoad(() => (client ? monthUsage(client) : Promise.reject(new Error('No client'))), `hours:${client?.id}`);
  if (!client) return <NotVisible />;
  return (
    <Page title="Hours this month" meta={<span>{client.name}</span>}>
      <UsagePanel client={client} />
      <section className="panel" aria-labelledby="by-category">
        <h2 id="by-category">By kind of work</h2>
        <Async state={usage.state} retry={usage.reload} label="hours by kind of work" isEmpty={(data) => data.usage.byCategory.length === 0} empty="No hours tracked this month yet.">
          {({ usage: totals }) => (
            <TableWrap label="Hours by kind of work">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Kind of work</th>
                    <th scope="col" className="num">
                      Tracked
                    </th>
                    <th scope="col" className="num">
                      Approved
                    </th>
                    <th scope="col" className="num">
                      Billed
                    </th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  {totals.byCategory.map((row) => {
                    const share = totals.trackedSeconds ? row.trackedSeconds / totals.trackedSeconds : 0;
                    return (
                      <tr key={row.category}>
                        <th scope="row">{statusLabel(row.category)}</th>
                        <td className="num">{hours(row.trackedSeconds)}</td>
                        <td className="num">{hours(row.approvedSeconds)}</td>
                        <td className="num">{hours(row.billedSeconds)}</td>
                        <td>
                          <Meter value={share} label={`${row.category} share`} text={percent(share)} /> {percent(share)}
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
    </Page>
  );
}
