import { demoActors, demoDate, type SeededFirm } from '../demo.ts';
import type { SeededWorkItem } from '../invoices/seed.ts';
import type { CreateEmployeeInput, Employee } from './schemas.ts';
import { createEmployee, createRun, moveRun, updateRun } from './service.ts';

type EmployeeInput = Omit<CreateEmployeeInput, 'active'> & { hours: number };

/** Three employees per client: two hourly, one salaried, with the deductions they have set up. */
const STAFF: Record<string, EmployeeInput[]> = {
  'Acme Dental': [
    { name: 'Dana Whitfield', email: 'dana@acmedental.test', payType: 'hourly', rateMinor: 3850, hours: 72.5, deductions: [{ name: '401(k)', percentBps: 500 }, { name: 'Health plan', amountMinor: 12000 }] },
    { name: 'Luis Romero', email: 'luis@acmedental.test', payType: 'hourly', rateMinor: 2125, hours: 64.25, deductions: [{ name: 'Health plan', amountMinor: 6000 }] },
    { name: 'Dr. Helen Park', email: 'helen@acmedental.test', payType: 'salaried', rateMinor: 520000, hours: 80, deductions: [{ name: '401(k)', percentBps: 600 }] },
  ],
  'Brightside Realty': [
    { name: 'Nora Blake', email: 'nora@brightside.test', payType: 'salaried', rateMinor: 310000, hours: 80, deductions: [{ name: 'Retirement plan', percentBps: 400 }] },
    { name: 'Tom Ikeda', email: 'tom@brightside.test', payType: 'hourly', rateMinor: 2400, hours: 76, deductions: [{ name: 'Parking', amountMinor: 4500 }] },
    { name: 'Priya Nair', payType: 'hourly', rateMinor: 2750, hours: 41.5, deductions: [] },
  ],
  'Harbor Foods': [
    { name: 'Callum Reid', email: 'callum@harborfoods.test', payType: 'hourly', rateMinor: 1250, hours: 78, deductions: [{ name: 'Workplace pension', percentBps: 500 }] },
    { name: 'Megan Doyle', payType: 'hourly', rateMinor: 1325, hours: 60.75, deductions: [{ name: 'Workplace pension', percentBps: 500 }, { name: 'Cycle to work', amountMinor: 2500 }] },
    { name: 'Owen Price', email: 'owen@harborfoods.test', payType: 'salaried', rateMinor: 240000, hours: 75, deductions: [{ name: 'Workplace pension', percentBps: 500 }] },
  ],
};

const FALLBACK = STAFF['Acme Dental'] as EmployeeInput[];

/**
 * For each client: its employees, a paid run for the period before last and a run for the last
 * period awaiting the client's approval, hours set on both.
 */
export async function seedPayroll(firm: SeededFirm): Promise<SeededWorkItem[]> {
  const handed: SeededWorkItem[] = [];
  for (const [clientName, clientId] of firm.clientIds) {
    const { owner, agent, reviewer } = demoActors(firm, clientName);
    const hoursById = new Map<string, number>();
    for (const { hours, ...input } of STAFF[clientName] ?? FALLBACK) {
      const employee: Employee = await createEmployee(agent, clientId, { ...input, active: true });
      hoursById.set(employee.id, hours);
    }
    const withHours = async (runId: string, version: number, scale: number) =>
      updateRun(agent, clientId, runId, {
        version,
        lines: [...hoursById].map(([employeeId, hours]) => ({ employeeId, hours: Math.round(hours * scale * 4) / 4 })),
      });

    const previous = await createRun(agent, clientId, { periodStart: demoDate(-42), periodEnd: demoDate(-29), payDate: demoDate(-25) });
    const previousWithHours = await withHours(previous.id, previous.version, 0.95);
    await moveRun(agent, clientId, previous.id, 'submit', { version: previousWithHours.version });
    await moveRun(reviewer, clientId, previous.id, 'approve', {});
    await moveRun(owner, clientId, previous.id, 'mark-paid', {});

    const latest = await createRun(agent, clientId, { periodStart: demoDate(-28), periodEnd: demoDate(-15), payDate: demoDate(2) });
    const latestWithHours = await withHours(latest.id, latest.version, 1);
    await moveRun(agent, clientId, latest.id, 'submit', { version: latestWithHours.version });
    handed.push({ clientId, clientName, ref: { type: 'payroll_run', id: latest.id }, state: 'awaiting approval' });
  }
  return handed;
}
