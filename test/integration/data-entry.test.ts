import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectError } from '../support/api.ts';
import { newId } from '../../functions/core/ids.ts';
import { type Actor, buildWorld, createClient, invite, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
let secondAgent: Actor;
beforeAll(async () => {
  world = await buildWorld();
  // A second agent on C1, to check the first agent's records.
  secondAgent = await invite(world.a.owner.token, 'agent');
  const current = await api('GET', `/api/clients/${world.a.c1}/assignments`, { token: world.a.owner.token });
  await api('PUT', `/api/clients/${world.a.c1}/assignments`, {
    token: world.a.owner.token,
    body: { agentIds: [...current.body.agentIds, secondAgent.id] },
  });
});

const FIELDS = [
  { name: 'invoiceNumber', type: 'string', required: true, pattern: '^INV-\\d{4}$' },
  { name: 'vendor', type: 'string', required: true },
  { name: 'issuedOn', type: 'date', required: true },
  { name: 'amount', type: 'money', required: true },
  { name: 'quantity', type: 'number', required: false },
  { name: 'contact', type: 'email', required: false },
];

const values = (n: number, over: Record<string, unknown> = {}) => ({
  invoiceNumber: `INV-${String(n).padStart(4, '0')}`,
  vendor: `Vendor ${n}`,
  issuedOn: '2026-03-02',
  amount: 1000 + n,
  ...over,
});

const base = (clientId = world.a.c1) => `/api/clients/${clientId}/batches`;

async function newBatch(token = world.a.agent.token, clientId = world.a.c1, name = 'March invoices') {
  const response = await api('POST', base(clientId), { token, body: { name, fields: FIELDS } });
  if (response.status !== 201) throw new Error(`newBatch: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function key(batchId: string, body: Record<string, unknown>, token = world.a.agent.token) {
  return api('POST', `${base()}/${batchId}/records`, { token, body });
}

async function keyed(batchId: string, n: number, token = world.a.agent.token) {
  const response = await key(batchId, { values: values(n) }, token);
  if (response.status !== 201) throw new Error(`key: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const batchOf = async (batchId: string, token = world.a.owner.token) => (await api('GET', `${base()}/${batchId}`, { token })).body;

describe('batches and records', () => {
  it('an agent opens a batch, keys records against its fields, and everyone on the client reads them', async () => {
    const batch = await newBatch();
    expect(batch).toMatchObject({
      clientId: world.a.c1,
      name: 'March invoices',
      status: 'open',
      documentIds: [],
      recordCount: 0,
      checkedCount: 0,
      accuracy: null,
      createdBy: world.a.agent.id,
      version: 1,
    });
    expect(batch.fields[4]).toEqual({ name: 'quantity', type: 'number', required: false });
    const record = await key(batch.id, { values: values(1, { quantity: '2.5', contact: 'ap@vendor.test' }) });
    expect(record.status).toBe(201);
    expect(record.body).toMatchObject({
      batchId: batch.id,
      values: { ...values(1), quantity: 2.5, contact: 'ap@vendor.test' },
      enteredBy: world.a.agent.id,
      qa: 'unchecked',
      version: 1,
    });
    expect((await batchOf(batch.id, world.a.reviewer.token)).recordCount).toBe(1);
    const list = await api('GET', `${base()}/${batch.id}/records`, { token: world.a.reviewer.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([record.body.id]);
    const batches = await api('GET', base(), { token: world.a.manager.token });
    expect(batches.body.items.map((b: { id: string }) => b.id)).toContain(batch.id);
  });

  it('a record that does not fit answers 400 naming every bad field, and keys nothing', async () => {
    const batch = await newBatch();
    const bad = await key(batch.id, {
      values: { invoiceNumber: 'X-1', issuedOn: '2026-02-30', amount: 10.5, quantity: 'many', contact: 'nope', colour: 'red' },
    });
    expectError(bad, 400, 'validation_error');
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['values.amount', 'values.colour', 'values.contact', 'values.invoiceNumber', 'values.issuedOn', 'values.quantity', 'values.vendor'].sort(),
    );
    const notAnObject = await key(batch.id, { values: 'x' });
    expectError(notAnObject, 400);
    expect(notAnObject.body.error.details[0].field).toBe('values');
    expect((await batchOf(batch.id)).recordCount).toBe(0);
    expect((await api('GET', `${base()}/${batch.id}/records`, { token: world.a.owner.token })).body.items).toEqual([]);
  });

  it('a batch schema is checked: types, unique names, patterns that compile, documents of this client', async () => {
    const response = await api('POST', base(), {
      token: world.a.agent.token,
      body: {
        name: '',
        fields: [
          { name: 'a', type: 'colour' },
          { name: '1bad', type: 'string' },
          { name: 'p', type: 'string', pattern: '([' },
        ],
      },
    });
    expectError(response, 400);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['name', 'fields.0.type', 'fields.1.name', 'fields.2.pattern']),
    );
    const dup = await api('POST', base(), { token: world.a.agent.token, body: { name: 'x', fields: [{ name: 'a', type: 'string' }, { name: 'a', type: 'date' }] } });
    expectError(dup, 400);
    const otherClientsDoc = await api('POST', `/api/clients/${world.a.c2}/documents`, {
      token: world.a.owner.token,
      body: { fileName: 'c2.pdf', contentType: 'application/pdf', sizeBytes: 10 },
    });
    const foreign = await api('POST', base(), {
      token: world.a.agent.token,
      body: { name: 'x', fields: FIELDS, documentIds: [otherClientsDoc.body.document.id] },
    });
    expectError(foreign, 400);
    expect(foreign.body.error.details[0].field).toBe('documentIds.0');
    const mine = await api('POST', `/api/clients/${world.a.c1}/documents`, {
      token: world.a.agent.token,
      body: { fileName: 'c1.pdf', contentType: 'application/pdf', sizeBytes: 10 },
    });
    const linked = await api('POST', base(), { token: world.a.agent.token, body: { name: 'x', fields: FIELDS, documentIds: [mine.body.document.id] } });
    expect(linked.status).toBe(201);
    expect(linked.body.documentIds).toEqual([mine.body.document.id]);
    const withDoc = await key(linked.body.id, { values: values(9), documentId: mine.body.document.id });
    expect(withDoc.body.documentId).toBe(mine.body.document.id);
    const withForeignDoc = await key(linked.body.id, { values: values(9), documentId: otherClientsDoc.body.document.id });
    expectError(withForeignDoc, 400);
    expect(withForeignDoc.body.error.details[0].field).toBe('documentId');
  });

  it('a reviewer may not open batches or key records (403)', async () => {
    expectError(await api('POST', base(), { token: world.a.reviewer.token, body: { name: 'x', fields: FIELDS } }), 403);
    const batch = await newBatch();
    expectError(await key(batch.id, { values: values(1) }, world.a.reviewer.token), 403);
  });

  it('PATCH renames an open batch with the current version; a stale one is 409 and changes nothing', async () => {
    const batch = await newBatch();
    const renamed = await api('PATCH', `${base()}/${batch.id}`, { token: world.a.agent.token, body: { version: 1, name: 'Renamed' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', version: 2 });
    expectError(await api('PATCH', `${base()}/${batch.id}`, { token: world.a.agent.token, body: { version: 1, name: 'Lost' } }), 409, 'version_conflict');
    await keyed(batch.id, 1);
    const fields = await api('PATCH', `${base()}/${batch.id}`, { token: world.a.agent.token, body: { version: 2, fields: [{ name: 'x', type: 'string' }] } });
    expectError(fields, 409);
    expect(await batchOf(batch.id)).toMatchObject({ name: 'Renamed', version: 2, fields: expect.arrayContaining([expect.objectContaining({ name: 'vendor' })]) });
    expectError(await api('PATCH', `${base()}/${batch.id}`, { token: world.a.reviewer.token, body: { version: 2, name: 'R' } }), 403);
  });

  it('the keyer fixes an unchecked record; a stale version is 409', async () => {
    const batch = await newBatch();
    const record = await keyed(batch.id, 1);
    const fixed = await api('PATCH', `${base()}/${batch.id}/records/${record.id}`, {
      token: world.a.agent.token,
      body: { version: 1, values: { vendor: 'Fixed Vendor' } },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ values: { ...values(1), vendor: 'Fixed Vendor' }, qa: 'unchecked', version: 2 });
    expectError(
      await api('PATCH', `${base()}/${batch.id}/records/${record.id}`, { token: world.a.agent.token, body: { version: 1, values: { vendor: 'Stale' } } }),
      409,
      'version_conflict',
    );
    const bad = await api('PATCH', `${base()}/${batch.id}/records/${record.id}`, { token: world.a.agent.token, body: { version: 2, values: { amount: 'ten' } } });
    expectError(bad, 400);
    expect(bad.body.error.details[0].field).toBe('values.amount');
    // Another agent may check it, but not edit it.
    expectError(
      await api('PATCH', `${base()}/${batch.id}/records/${record.id}`, { token: secondAgent.token, body: { version: 2, values: { vendor: 'Theirs' } } }),
      403,
    );
  });
});

describe('the batch list', () => {
  // Each batch's counters are an item of their own beside it: the list reads both in one Query and must
  // still count batches, not items, page after page, with every batch's own counts.
  it('pages by batch, newest first, each batch with its own counts, and shows a keyed or checked record at once', async () => {
    const client = await createClient(world.a.owner.token, 'Paged Batches Co');
    const path = `/api/clients/${client.id}/batches`;
    const owner = world.a.owner.token;
    const opened: string[] = [];
    for (let n = 0; n < 5; n++) {
      const batch = await api('POST', path, { token: owner, body: { name: `Batch ${n}`, fields: FIELDS } });
      expect(batch.status).toBe(201);
      opened.push(batch.body.id);
      // Batch n gets n records.
      for (let r = 1; r <= n; r++) expect((await api('POST', `${path}/${batch.body.id}/records`, { token: owner, body: { values: values(r) } })).status).toBe(201);
    }
    const [b0, b1, b2, b3, b4] = opened as [string, string, string, string, string];
    // Batch 3: one record verified, one corrected.
    const records = (await api('GET', `${path}/${b3}/records`, { token: owner })).body.items;
    await api('PATCH', `${path}/${b3}/records/${records[0].id}`, { token: world.a.manager.token, body: { version: 1, qa: 'verified' } });
    await api('PATCH', `${path}/${b3}/records/${records[1].id}`, { token: world.a.manager.token, body: { version: 1, qa: 'corrected', values: { amount: 1 } } });

    const readAll = async (query: string) => {
      const pages: Array<Array<{ id: string; recordCount: number; checkedCount: number; accuracy: number | null }>> = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: never[]; nextCursor: string | null } } = await api(
          'GET',
          `${path}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { token: world.a.manager.token },
        );
        expect(page.status).toBe(200);
        pages.push(page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor && pages.length < 10);
      return pages;
    };
    const pages = await readAll('limit=2');
    expect(pages.map((page) => page.map((batch) => batch.id))).toEqual([[b4, b3], [b2, b1], [b0]]);
    const all = pages.flat();
    expect(all.map((batch) => batch.recordCount)).toEqual([4, 3, 2, 1, 0]);
    expect(all.find((batch) => batch.id === b3)).toMatchObject({ checkedCount: 2, verifiedCount: 1, correctedCount: 1, accuracy: 0.5 });
    expect(all.filter((batch) => batch.id !== b3).every((batch) => batch.checkedCount === 0 && batch.accuracy === null)).toBe(true);

    // A status filter skips batches (and their counters) without losing anyone's counts across pages,
    // including a page that fills partway through what one read returned.
    expect((await api('POST', `${path}/${b3}/submit`, { token: owner })).status).toBe(200);
    const open = await readAll('status=open&limit=2');
    expect(open[0]?.map((batch) => batch.id)).toEqual([b4, b2]);
    expect(open.flat().map((batch) => [batch.id, batch.recordCount])).toEqual([
      [b4, 4],
      [b2, 2],
      [b1, 1],
      [b0, 0],
    ]);
    expect((await api('POST', `${path}/${b1}/submit`, { token: owner })).status).toBe(200);
    const inReview = (await readAll('status=in_review&limit=1')).flat();
    expect(inReview.map((batch) => [batch.id, batch.recordCount])).toEqual([
      [b3, 3],
      [b1, 1],
    ]);

    // A record keyed now shows in the list straight away.
    await api('POST', `${path}/${b4}/records`, { token: owner, body: { values: values(9) } });
    const first = await api('GET', `${path}?limit=1`, { token: owner });
    expect(first.body.items[0]).toMatchObject({ id: b4, recordCount: 5 });
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });
});

describe('QA', () => {
  it('a second person verifies or corrects, keeping the original; counts and accuracy follow', async () => {
    const batch = await newBatch();
    const records = [];
    for (let n = 1; n <= 4; n++) records.push(await keyed(batch.id, n));
    const patch = (id: string, body: Record<string, unknown>, token = world.a.manager.token) =>
      api('PATCH', `${base()}/${batch.id}/records/${id}`, { token, body });

    const verified = await patch(records[0].id, { version: 1, qa: 'verified' });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ qa: 'verified', checkedBy: world.a.manager.id, values: values(1), version: 2 });
    expect(verified.body.originalValues).toBeUndefined();
    expect((await patch(records[1].id, { version: 1, qa: 'verified' }, secondAgent.token)).status).toBe(200);
    expect((await patch(records[2].id, { version: 1, qa: 'verified' }, world.a.owner.token)).status).toBe(200);
    const corrected = await patch(records[3].id, { version: 1, qa: 'corrected', values: { amount: 4321, vendor: 'Right Vendor' } });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      qa: 'corrected',
      values: { ...values(4), amount: 4321, vendor: 'Right Vendor' },
      originalValues: values(4),
      checkedBy: world.a.manager.id,
    });
    expect(await batchOf(batch.id, world.a.reviewer.token)).toMatchObject({
      recordCount: 4,
      checkedCount: 4,
      verifiedCount: 3,
      correctedCount: 1,
      accuracy: 0.75,
    });
    const unchecked = await keyed(batch.id, 5);
    expect(await batchOf(batch.id)).toMatchObject({ recordCount: 5, checkedCount: 4, accuracy: 0.75 });
    const onlyUnchecked = await api('GET', `${base()}/${batch.id}/records?qa=unchecked`, { token: world.a.owner.token });
    expect(onlyUnchecked.body.items.map((r: { id: string }) => r.id)).toEqual([unchecked.id]);
  });

  it('nobody checks their own record (403), a reviewer never checks (403), and a record is checked once (409)', async () => {
    const batch = await newBatch(world.a.manager.token);
    const own = await keyed(batch.id, 1);
    const patch = (body: Record<string, unknown>, token: string) => api('PATCH', `${base()}/${batch.id}/records/${own.id}`, { token, body });
    expectError(await patch({ version: 1, qa: 'verified' }, world.a.agent.token), 403);
    expectError(await patch({ version: 1, qa: 'corrected', values: { amount: 1 } }, world.a.agent.token), 403);
    expectError(await patch({ version: 1, qa: 'verified' }, world.a.reviewer.token), 403);
    expect((await api('GET', `${base()}/${batch.id}/records`, { token: world.a.owner.token })).body.items[0]).toMatchObject({ qa: 'unchecked', version: 1 });

    expectError(await patch({ version: 1, qa: 'corrected' }, secondAgent.token), 400);
    const same = await patch({ version: 1, qa: 'corrected', values: { amount: own.values.amount } }, secondAgent.token);
    expectError(same, 400);
    expect(same.body.error.details[0].field).toBe('values');
    const badCorrection = await patch({ version: 1, qa: 'corrected', values: { issuedOn: 'yesterday' } }, secondAgent.token);
    expectError(badCorrection, 400);
    expect(badCorrection.body.error.details[0].field).toBe('values.issuedOn');
    expectError(await patch({ version: 2, qa: 'verified' }, secondAgent.token), 409, 'version_conflict');

    expect((await patch({ version: 1, qa: 'verified' }, secondAgent.token)).status).toBe(200);
    expectError(await patch({ version: 2, qa: 'corrected', values: { amount: 5 } }, world.a.owner.token), 409, 'invalid_transition');
    expect((await batchOf(batch.id)).checkedCount).toBe(1);
  });

  it('reports accuracy per agent and month; an agent sees only their own line', async () => {
    const quality = await api('GET', `/api/clients/${world.a.c1}/quality`, { token: world.a.owner.token });
    expect(quality.status).toBe(200);
    expect(quality.body).toMatchObject({ clientId: world.a.c1, timeZone: 'America/New_York' });
    // From the QA tests above, all on the agent's records: five checks, four verified, one corrected.
    expect(quality.body.agents.map((a: { userId: string }) => a.userId)).toEqual([world.a.agent.id]);
    const agentLine = quality.body.agents[0];
    expect(agentLine).toMatchObject({ checkedCount: 5, verifiedCount: 4, correctedCount: 1, accuracy: 0.8 });
    expect(agentLine.months).toHaveLength(6);
    expect(agentLine.months.at(-1)).toMatchObject({ month: quality.body.to, checkedCount: 5, accuracy: 0.8 });
    expect(agentLine.months[0]).toMatchObject({ checkedCount: 0, accuracy: null });
    expect(quality.body).toMatchObject({ checkedCount: 5, verifiedCount: 4, accuracy: 0.8 });

    // A record keyed by the second agent and corrected by the manager gives the second agent a line of their own.
    const batch = await newBatch(secondAgent.token);
    const theirs = await keyed(batch.id, 1, secondAgent.token);
    await api('PATCH', `${base()}/${batch.id}/records/${theirs.id}`, {
      token: world.a.manager.token,
      body: { version: 1, qa: 'corrected', values: { amount: 7 } },
    });
    const asAgent = await api('GET', `/api/clients/${world.a.c1}/quality`, { token: world.a.agent.token });
    expect(asAgent.body.agents.map((a: { userId: string }) => a.userId)).toEqual([world.a.agent.id]);
    const asReviewer = await api('GET', `/api/clients/${world.a.c1}/quality`, { token: world.a.reviewer.token });
    expect(asReviewer.body.agents.map((a: { userId: string }) => a.userId).sort()).toEqual([world.a.agent.id, secondAgent.id].sort());
    const filtered = await api('GET', `/api/clients/${world.a.c1}/quality?userId=${secondAgent.id}`, { token: world.a.reviewer.token });
    expect(filtered.body.agents).toEqual([expect.objectContaining({ userId: secondAgent.id, checkedCount: 1, correctedCount: 1, accuracy: 0 })]);
    expectError(await api('GET', `/api/clients/${world.a.c1}/quality?from=2026-05&to=2026-01`, { token: world.a.owner.token }), 400);
    expectError(await api('GET', `/api/clients/${world.a.c1}/quality?from=2026-13`, { token: world.a.owner.token }), 400);

    // One keyer's report (an agent's own, or a userId asked for) is read with the client in one go; it says
    // what everyone's report says for that keyer, and a made-up client still answers 404 before a bad period.
    const asOwner = await api('GET', `/api/clients/${world.a.c1}/quality`, { token: world.a.owner.token });
    const ownLine = asOwner.body.agents.find((a: { userId: string }) => a.userId === world.a.agent.id);
    expect(asAgent.body).toMatchObject({ from: asOwner.body.from, to: asOwner.body.to, timeZone: asOwner.body.timeZone });
    expect(asAgent.body.agents).toEqual([ownLine]);
    const ownerFiltered = await api('GET', `/api/clients/${world.a.c1}/quality?userId=${world.a.agent.id}&from=${asOwner.body.from}`, { token: world.a.owner.token });
    expect(ownerFiltered.body.agents).toEqual([ownLine]);
    expectError(await api('GET', `/api/clients/${newId()}/quality?userId=${world.a.agent.id}&from=2026-05&to=2026-01`, { token: world.a.owner.token }), 404);

    // Everyone's report is one read with the client too: a made-up client is 404 whatever the period, and
    // a client with nothing checked has no lines.
    expectError(await api('GET', `/api/clients/${newId()}/quality`, { token: world.a.owner.token }), 404);
    expectError(await api('GET', `/api/clients/${newId()}/quality?from=2020-01&to=2026-01`, { token: world.a.owner.token }), 404);
    const quiet = await createClient(world.a.owner.token, 'Nothing Checked Co');
    const none = await api('GET', `/api/clients/${quiet.id}/quality?from=2026-01&to=2026-03`, { token: world.a.owner.token });
    expect(none.body).toMatchObject({ clientId: quiet.id, from: '2026-01', to: '2026-03', checkedCount: 0, accuracy: null, agents: [] });
  });
});

describe('batch lifecycle', () => {
  const act = (batchId: string, action: string, token: string, body?: unknown) =>
    api('POST', `${base()}/${batchId}/${action}`, { token, ...(body !== undefined ? { body } : {}) });

  it('open → in_review (agent) → pending_approval (manager) → accepted (the client’s reviewer)', async () => {
    const batch = await newBatch();
    expectError(await act(batch.id, 'submit', world.a.agent.token), 409, 'invalid_transition');
    await keyed(batch.id, 1);
    const inReview = await act(batch.id, 'submit', world.a.agent.token);
    expect(inReview.status).toBe(200);
    expect(inReview.body).toMatchObject({ status: 'in_review', version: 2, recordCount: 1 });
    expectError(await key(batch.id, { values: values(2) }), 409, 'invalid_transition');
    expectError(await act(batch.id, 'submit', world.a.agent.token), 403);
    expectError(await act(batch.id, 'approve', world.a.reviewer.token), 409, 'invalid_transition');
    const pending = await act(batch.id, 'submit', world.a.manager.token);
    expect(pending.body).toMatchObject({ status: 'pending_approval', version: 3 });
    expectError(await act(batch.id, 'approve', world.a.owner.token), 403);
    expectError(await act(batch.id, 'approve', world.a.agent.token), 403);
    const accepted = await act(batch.id, 'approve', world.a.reviewer.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 4 });
    expectError(await act(batch.id, 'reject', world.a.reviewer.token, { reason: 'late' }), 409, 'invalid_transition');
    expectError(await act(batch.id, 'submit', world.a.owner.token), 409, 'invalid_transition');
    expect((await batchOf(batch.id)).status).toBe('accepted');
    // The work-item directory follows: time can be tracked against the batch.
    const entry = await api('POST', '/api/time-entries', {
      token: world.a.agent.token,
      body: {
        clientId: world.a.c1,
        startedAt: '2026-01-05T09:00:00Z',
        endedAt: '2026-01-05T09:30:00Z',
        workItem: { type: 'batch', id: batch.id },
      },
    });
    expect(entry.status).toBe(201);
    expect((await api('GET', `/api/time-entries/${entry.body.id}`, { token: world.a.agent.token })).body.workItem).toMatchObject({
      type: 'batch',
      title: 'March invoices',
    });
  });

  it('reject sends a batch back to open with its reason: a manager from review, the reviewer from approval', async () => {
    const batch = await newBatch();
    await keyed(batch.id, 1);
    await act(batch.id, 'submit', world.a.agent.token);
    expectError(await act(batch.id, 'reject', world.a.reviewer.token, { reason: 'not yet' }), 403);
    expectError(await act(batch.id, 'reject', world.a.agent.token, { reason: 'x' }), 403);
    const noReason = await act(batch.id, 'reject', world.a.manager.token, {});
    expectError(noReason, 400);
    expect(noReason.body.error.details[0].field).toBe('reason');
    const back = await act(batch.id, 'reject', world.a.manager.token, { reason: 'Row 3 is missing its vendor' });
    expect(back.body).toMatchObject({ status: 'open', rejectionReason: 'Row 3 is missing its vendor' });
    await act(batch.id, 'submit', world.a.agent.token);
    await act(batch.id, 'submit', world.a.owner.token);
    const rejected = await act(batch.id, 'reject', world.a.reviewer.token, { reason: 'Amounts look off' });
    expect(rejected.body).toMatchObject({ status: 'open', rejectionReason: 'Amounts look off' });
    const resubmitted = await act(batch.id, 'submit', world.a.agent.token);
    expect(resubmitted.body.status).toBe('in_review');
    expect(resubmitted.body.rejectionReason).toBeUndefined();
  });

  it('replays an idempotent submit and record create', async () => {
    const batch = await newBatch();
    const headers = { 'idempotency-key': `rec-${Date.now()}` };
    const first = await api('POST', `${base()}/${batch.id}/records`, { token: world.a.agent.token, body: { values: values(1) }, headers });
    const again = await api('POST', `${base()}/${batch.id}/records`, { token: world.a.agent.token, body: { values: values(1) }, headers });
    expect(again.body).toEqual(first.body);
    expect((await batchOf(batch.id)).recordCount).toBe(1);
    const submitHeaders = { 'idempotency-key': `submit-${Date.now()}` };
    const submitted = await api('POST', `${base()}/${batch.id}/submit`, { token: world.a.agent.token, headers: submitHeaders });
    const replayed = await api('POST', `${base()}/${batch.id}/submit`, { token: world.a.agent.token, headers: submitHeaders });
    expect(submitted.status).toBe(200);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual(submitted.body);
    expect((await batchOf(batch.id)).version).toBe(2);
  });
});

describe('CSV export', () => {
  it('has a row per record with the final values, corrections applied', async () => {
    const batch = await newBatch(world.a.agent.token, world.a.c1, 'Export me');
    const one = await keyed(batch.id, 1);
    await key(batch.id, { values: values(2, { vendor: '=HYPERLINK("x")', contact: 'a@b.test' }) });
    await api('PATCH', `${base()}/${batch.id}/records/${one.id}`, {
      token: world.a.manager.token,
      body: { version: 1, qa: 'corrected', values: { vendor: 'Acme, Inc.' } },
    });
    const response = await api('GET', `${base()}/${batch.id}/export.csv`, { token: world.a.reviewer.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = String(response.body).trim().split('\n');
    expect(lines[0]).toBe('record_id,invoiceNumber,vendor,issuedOn,amount,quantity,contact,qa,document_id');
    expect(lines[1]).toBe(`${one.id},INV-0001,"Acme, Inc.",2026-03-02,1001,,,corrected,`);
    expect(lines[2]).toContain(`,INV-0002,"'=HYPERLINK(""x"")",2026-03-02,1002,,a@b.test,unchecked,`);
    expect(lines).toHaveLength(3);
  });

  it('follows the batch: a rename and new fields show in the export, and a made-up or misplaced batch is 404', async () => {
    const batch = await newBatch(world.a.agent.token, world.a.c1, 'Before rename');
    const changed = await api('PATCH', `${base()}/${batch.id}`, {
      token: world.a.agent.token,
      body: { version: 1, name: 'Supplier list', fields: [{ name: 'supplier', type: 'string', required: true }] },
    });
    expect(changed.status).toBe(200);
    const record = await key(batch.id, { values: { supplier: 'Globex' } });
    expect(record.status).toBe(201);
    const empty = await newBatch(world.a.agent.token, world.a.c1, 'Nothing keyed');
    const exported = await api('GET', `${base()}/${batch.id}/export.csv`, { token: world.a.owner.token });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="supplier-list-${batch.id}.csv"`);
    expect(String(exported.body).trim().split('\n')).toEqual(['record_id,supplier,qa,document_id', `${record.body.id},Globex,unchecked,`]);
    const none = await api('GET', `${base()}/${empty.id}/export.csv`, { token: world.a.owner.token });
    expect(String(none.body).trim()).toBe(`record_id,${FIELDS.map((field) => field.name).join(',')},qa,document_id`);
    expectError(await api('GET', `${base()}/${newId()}/export.csv`, { token: world.a.owner.token }), 404);
    expectError(await api('GET', `${base(world.a.c2)}/${batch.id}/export.csv`, { token: world.a.owner.token }), 404);
  });
});

describe('isolation', () => {
  it('outsiders get 404 on every data-entry route, and nothing changes', async () => {
    const batch = await newBatch();
    const record = await keyed(batch.id, 1);
    const snapshot = await batchOf(batch.id);
    for (const [who, token] of outsidersOfC1(world)) {
      const calls: Array<[string, string, unknown?]> = [
        ['GET', base()],
        ['POST', base(), { name: 'planted', fields: FIELDS }],
        ['GET', `${base()}/${batch.id}`],
        ['PATCH', `${base()}/${batch.id}`, { version: 1, name: 'stolen' }],
        ['GET', `${base()}/${batch.id}/records`],
        ['POST', `${base()}/${batch.id}/records`, { values: values(7) }],
        ['PATCH', `${base()}/${batch.id}/records/${record.id}`, { version: 1, qa: 'verified' }],
        ['POST', `${base()}/${batch.id}/submit`],
        ['POST', `${base()}/${batch.id}/approve`],
        ['POST', `${base()}/${batch.id}/reject`, { reason: 'x' }],
        ['GET', `${base()}/${batch.id}/export.csv`],
        ['GET', `/api/clients/${world.a.c1}/quality`],
      ];
      for (const [method, path, body] of calls) {
        const response = await api(method, path, { token, ...(body !== undefined ? { body } : {}) });
        expect(response.status, `${who}: ${method} ${path}`).toBe(404);
      }
    }
    expect(await batchOf(batch.id)).toEqual(snapshot);
    expect((await api('GET', `${base()}/${batch.id}/records`, { token: world.a.owner.token })).body.items).toEqual([record]);
    // A batch id under another client of the tenant is absent there.
    expect((await api('GET', `${base(world.a.c2)}/${batch.id}`, { token: world.a.owner.token })).status).toBe(404);
  });
});
