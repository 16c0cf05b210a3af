import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';
import { Fixtures, type Ids, ok } from '../support/fixtures.ts';
import { fillPath, loadOperations, type Operation } from '../support/openapi.ts';
import { type Actor, invite } from '../support/world.ts';

/**
 * Cursors taken elsewhere, on every paginated list of the OpenAPI document (issue 8, part 1). A list
 * cursor is signed and bound to the tenant, the user and the query it came from: used by tenant B,
 * by another user of the same tenant, or edited to point into another tenant, it answers 400 and
 * reads nothing. Each list needs a seeder below that leaves at least two items in it, so that a
 * first page of one has a cursor; a new paginated list without one fails the suite.
 */
const { operations } = await loadOperations();
const lists = operations.filter((operation) => operation.method === 'GET' && operation.query.some((q) => q.name === 'cursor'));
let f: Fixtures;
/** A second owner of tenant A: sees every list the first does, so only the cursor's binding to its user can refuse it. */
let secondOwner: Actor;
beforeAll(async () => {
  f = await Fixtures.create();
  secondOwner = await invite(f.a.owner.token, 'owner');
});

interface Seeded {
  ids: Ids;
  query?: string;
}

const twice = async <T>(make: () => Promise<T>): Promise<T> => {
  await make();
  return make();
};

const seeders: Record<string, (f: Fixtures) => Promise<Seeded>> = {
  'GET /api/members': async () => ({ ids: {} }),
  'GET /api/clients': async () => ({ ids: {} }),
  'GET /api/audit': async () => ({ ids: {} }),
  'GET /api/time-entries': async (f) => {
    await twice(() => f.entry());
    return { ids: {} };
  },
  'GET /api/clients/{clientId}/billing-invoices': async (f) => twice(() => f.billingInvoice()).then((ids) => ({ ids })),
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries': async (f) => ({ ids: await f.billingInvoice('draft', 2) }),
  'GET /api/clients/{clientId}/invoices': async (f) => ({ ids: await twice(() => f.invoice()) }),
  'GET /api/clients/{clientId}/customers': async (f) => ({ ids: await twice(() => f.invoice()) }),
  'GET /api/clients/{clientId}/employees': async (f) => ({ ids: await twice(() => f.employee()) }),
  'GET /api/clients/{clientId}/payroll-runs': async (f) => ({ ids: await twice(() => f.run()) }),
  'GET /api/clients/{clientId}/comments': async (f) => {
    const ids = await f.invoice();
    for (const body of ['First', 'Second']) {
      ok('comment', await api('POST', fillPath('/api/clients/{clientId}/comments', ids), { token: f.a.agent.token, body: { on: `invoice:${ids.invoiceId}`, body } }), 201);
    }
    return { ids, query: `on=invoice:${ids.invoiceId}` };
  },
  'GET /api/clients/{clientId}/documents': async (f) => ({ ids: await twice(() => f.document()) }),
  'GET /api/clients/{clientId}/batches': async (f) => ({ ids: await twice(() => f.batch()) }),
  'GET /api/clients/{clientId}/batches/{batchId}/records': async (f) => {
    const batch = await f.batch();
    await twice(() => f.record(batch));
    return { ids: batch };
  },
  'GET /api/clients/{clientId}/queues': async (f) => ({ ids: await twice(() => f.queue()) }),
  'GET /api/clients/{clientId}/tickets': async (f) => ({ ids: await twice(() => f.ticket()) }),
  'GET /api/clients/{clientId}/tickets/{ticketId}/messages': async (f) => {
    const ids = await f.ticket();
    for (const body of ['First', 'Second']) {
      ok('message', await api('POST', fillPath('/api/clients/{clientId}/tickets/{ticketId}/messages', ids), { token: f.a.agent.token, body: { body } }), 201);
    }
    return { ids };
  },
};

function url(operation: Operation, seeded: Seeded, ids: Ids, extra: string): string {
  const query = [seeded.query, 'limit=1', extra].filter(Boolean).join('&');
  return `${fillPath(operation.path, { clientId: f.a.c1, ...ids })}?${query}`;
}

/** The cursor with its position rewritten to point into another tenant's partition, the signature kept. */
function pointedElsewhere(cursor: string, tenantId: string): string {
  const [payload, mac] = cursor.split('.') as [string, string];
  const position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  const moved = Object.fromEntries(
    Object.entries(position).map(([name, value]) => [name, typeof value === 'string' ? value.replace(/^T#[0-9A-Z]{26}/, `T#${tenantId}`) : value]),
  );
  // Some positions are offsets with no key in them: point those at the other tenant outright.
  return `${Buffer.from(JSON.stringify({ ...moved, pk: moved.pk ?? `T#${tenantId}` })).toString('base64url')}.${mac}`;
}

describe('generated: cursors from elsewhere, on every paginated list', () => {
  it('has a seeder for every paginated list', () => {
    expect(lists.map((operation) => operation.key).filter((key) => !(key in seeders))).toEqual([]);
    expect(Object.keys(seeders).filter((key) => !lists.some((operation) => operation.key === key))).toEqual([]);
  });

  for (const operation of lists) {
    it(`${operation.key}: a cursor from tenant B, another user or edited to point elsewhere answers 400`, async () => {
      const seeder = seeders[operation.key];
      if (!seeder) throw new Error(`No seeder for ${operation.key}`);
      const seeded = await seeder(f);
      const first = ok('first page', await api('GET', url(operation, seeded, seeded.ids, ''), { token: f.a.owner.token }), 200);
      expect(first.items).toHaveLength(1);
      const cursor = first.nextCursor as string;
      expect(typeof cursor, 'the list needs two items for a cursor').toBe('string');
      const withCursor = (token: string, ids: Ids, value = cursor) => api('GET', url(operation, seeded, ids, `cursor=${encodeURIComponent(value)}`), { token });

      // The cursor works for the one it was made for: the refusals below are about where it came from.
      const second = ok('second page', await withCursor(f.a.owner.token, seeded.ids), 200);
      expect(second.items[0]?.id).not.toBe(first.items[0]?.id);

      const refusals: Array<[string, Awaited<ReturnType<typeof withCursor>>]> = [
        // Tenant B's owner, on the same list of its own client (client-level and tenant-level lists).
        ["tenant B's owner", await withCursor(f.world.b.owner.token, { ...seeded.ids, clientId: f.world.b.client })],
        ['a second owner of tenant A', await withCursor(secondOwner.token, seeded.ids)],
        ['the owner, with the position moved into tenant B', await withCursor(f.a.owner.token, seeded.ids, pointedElsewhere(cursor, f.world.b.tenantId))],
        ['the owner, with the signature cut', await withCursor(f.a.owner.token, seeded.ids, cursor.split('.')[0] as string)],
      ];
      for (const [who, response] of refusals) {
        // Tenant B on a nested list (or one filtered by a work item) names A's parent, which answers 404 first.
        const namesAParent = who === "tenant B's owner" && (operation.params.length > 1 || seeded.query !== undefined);
        expect(response.status, `${who}: ${JSON.stringify(response.body)}`).toBe(namesAParent ? 404 : 400);
        expect(response.body.error.code).toBe(namesAParent ? 'not_found' : 'validation_error');
      }
    });
  }
});
