import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';
import { inSteadyWindow } from '../support/rate-window.ts';
import { clientInput, type Firm, signupFirm } from '../support/world.ts';

let firm: Firm;
beforeAll(async () => {
  firm = await signupFirm('Timed Firm');
});

function parse(header: string | null) {
  const db = /db;dur=([\d.]+);desc="(\d+) calls, ([\d.]+) RCU, ([\d.]+) WCU"/.exec(header ?? '');
  const app = /app;dur=([\d.]+)/.exec(header ?? '');
  if (!db || !app) throw new Error(`No Server-Timing in ${header}`);
  return { calls: Number(db[2]), rcu: Number(db[3]), wcu: Number(db[4]) };
}

describe('Server-Timing', () => {
  it('counts the DynamoDB calls and capacity of each request', async () => {
    await inSteadyWindow(firm.owner.token);
    const created = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('Timed') });
    const write = parse(created.headers.get('server-timing'));
    // Authentication with the rate-limit count (1 UpdateItem) and the client with its audit record (1 TransactWriteItems).
    expect(write.calls).toBe(2);
    expect(write.wcu).toBeGreaterThan(0);
    await inSteadyWindow(firm.owner.token);
    const read = parse((await api('GET', `/api/clients/${created.body.id}`, { token: firm.owner.token })).headers.get('server-timing'));
    expect(read).toMatchObject({ calls: 2 });
    // Authentication's count on the member record is the one write of a read.
    expect(read.wcu).toBe(1);
    expect(read.rcu).toBeGreaterThan(0);
  });

  it('an Idempotency-Key costs two calls: one claims the key (or hands back its record), one records the answer', async () => {
    const headers = { 'idempotency-key': `timed-${Date.now()}` };
    const body = clientInput('Timed, idempotently');
    await inSteadyWindow(firm.owner.token);
    const first = await api('POST', '/api/clients', { token: firm.owner.token, body, headers });
    expect(first.status).toBe(201);
    expect(parse(first.headers.get('server-timing')).calls).toBe(2 + 2);
    await inSteadyWindow(firm.owner.token);
    const replay = await api('POST', '/api/clients', { token: firm.owner.token, body, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    // Authentication and the claim that fails, returning the recorded answer: nothing is read first.
    expect(parse(replay.headers.get('server-timing')).calls).toBe(2);
  });

  it('reports zero calls where none are made', async () => {
    expect(parse((await api('GET', '/api/health')).headers.get('server-timing')).calls).toBe(0);
  });
});
