import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FIRMS, DEMO_PASSWORD } from '../../functions/demo.ts';
import { getOver, loginOver, startServer } from '../support/server.ts';

const dataDirs: string[] = [];
let seededDataDir: string | undefined;
const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'backdesk-start-'));
  dataDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** Java processes serving a DynamoDB Local store under this data directory. */
function dynamoProcessesFor(dataDir: string): string[] {
  const lines = execSync('ps -eo args', { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('DynamoDBLocal.jar') && line.includes(dataDir));
}

describe('npm start', () => {
  it('seeds the demo data of DESIGN.md on an empty store, keeps it across a restart, and stops its children on Ctrl-C', async () => {
    const dataDir = newDataDir();
    seededDataDir = dataDir;
    const first = await startServer(dataDir);
    const visible = async (url: string, email: string) => {
      const session = await loginOver(url, email, DEMO_PASSWORD);
      expect(session.status, email).toBe(200);
      const clients = await getOver(url, '/api/clients', session.token as string);
      return { me: await getOver(url, '/api/me', session.token as string), clients: clients.items.map((c: { name: string }) => c.name).sort() };
    };
    try {
      const expectations: Array<[string, string, string, string[]]> = [
        ['owner@northwind.test', 'owner', 'Northwind Outsourcing', ['Acme Dental', 'Brightside Realty']],
        ['lead@northwind.test', 'manager', 'Northwind Outsourcing', ['Acme Dental', 'Brightside Realty']],
        ['maria@northwind.test', 'agent', 'Northwind Outsourcing', ['Acme Dental', 'Brightside Realty']],
        ['jon@northwind.test', 'agent', 'Northwind Outsourcing', ['Brightside Realty']],
        ['billing@acmedental.test', 'client', 'Northwind Outsourcing', ['Acme Dental']],
        ['ops@brightside.test', 'client', 'Northwind Outsourcing', ['Brightside Realty']],
        ['owner@bluepeak.test', 'owner', 'Bluepeak BPO', ['Harbor Foods']],
        ['ana@bluepeak.test', 'agent', 'Bluepeak BPO', ['Harbor Foods']],
        ['finance@harborfoods.test', 'client', 'Bluepeak BPO', ['Harbor Foods']],
      ];
      expect(expectations.length).toBe(DEMO_FIRMS.reduce((n, firm) => n + 1 + firm.users.length, 0));
      for (const [email, role, firm, clients] of expectations) {
        const seen = await visible(first.url, email);
        expect(seen.me.user.role, email).toBe(role);
        expect(seen.me.tenant.name, email).toBe(firm);
        expect(seen.clients, email).toEqual(clients);
      }
      // Requests are logged (Powertools, one JSON line each), but never a password or a token.
      const token = (await loginOver(first.url, 'owner@northwind.test', DEMO_PASSWORD)).token as string;
      await getOver(first.url, '/api/me', token);
      const logLines = first.output().split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.some((line) => JSON.parse(line).message === 'request')).toBe(true);
      expect(logLines.join('\n')).not.toContain(DEMO_PASSWORD);
      expect(logLines.join('\n')).not.toContain(token.split('.')[2]);
      const portal = await fetch(`${first.url}/`);
      expect(portal.status).toBe(200);
      expect(await portal.text()).toContain('<div id="app">');
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(dynamoProcessesFor(dataDir)).toEqual([]);

    const ownerBefore = await (async () => {
      const again = await startServer(dataDir);
      try {
        expect(again.output()).not.toContain('seeding');
        const session = await loginOver(again.url, 'maria@northwind.test', DEMO_PASSWORD);
        expect(session.status).toBe(200);
        return (await getOver(again.url, '/api/clients', session.token as string)).items.length;
      } finally {
        await again.stop();
      }
    })();
    expect(ownerBefore).toBe(2);
  }, 300_000);

  it('runs a second copy with another PORT and DATA_DIR beside the first', async () => {
    // Two copies of an already seeded store (seeding twice more would only slow the suite down).
    const copies = [newDataDir(), newDataDir()];
    for (const copy of copies) {
      if (seededDataDir) cpSync(seededDataDir, copy, { recursive: true });
    }
    const [one, two] = await Promise.all([startServer(copies[0] as string), startServer(copies[1] as string)]);
    try {
      const [a, b] = await Promise.all([
        loginOver(one.url, 'owner@northwind.test', DEMO_PASSWORD),
        loginOver(two.url, 'owner@northwind.test', DEMO_PASSWORD),
      ]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      // Separate stores: a client added through one copy does not exist in the other.
      const added = await fetch(`${one.url}/api/clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
        body: JSON.stringify({ name: 'Only In One', currency: 'USD', timeZone: 'UTC', billingContact: { name: 'A', email: 'a@example.test' } }),
      });
      expect(added.status).toBe(201);
      const names = async (url: string, token: string) =>
        (await getOver(url, '/api/clients?limit=100', token)).items.map((c: { name: string }) => c.name);
      expect(await names(one.url, a.token as string)).toContain('Only In One');
      expect(await names(two.url, b.token as string)).not.toContain('Only In One');
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 300_000);

  it('without Java, stops at once and says how to install it', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { HOME: process.env.HOME, PATH: '/nonexistent', DATA_DIR: newDataDir(), PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y default-jre-headless');
  }, 60_000);
});
