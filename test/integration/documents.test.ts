import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectError } from '../support/api.ts';
import { buildWorld, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const pdf = Buffer.from('%PDF-1.4\n% a small test document\n%%EOF\n');

async function register(token: string, clientId: string, body: Record<string, unknown>) {
  return api('POST', `/api/clients/${clientId}/documents`, { token, body });
}

describe('documents', () => {
  it('uploads the bytes to the presigned URL and downloads them back through the download URL', async () => {
    const created = await register(world.a.agent.token, world.a.c1, { fileName: 'scan march.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    expect(created.status).toBe(201);
    const { document, uploadUrl } = created.body;
    expect(document).toMatchObject({
      clientId: world.a.c1,
      fileName: 'scan march.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      uploadedBy: { id: world.a.agent.id, email: world.a.agent.email },
      version: 1,
    });
    expect(new URL(uploadUrl).pathname).toContain(`/tenants/${world.a.tenantId}/clients/${world.a.c1}/documents/${document.id}`);
    expect(new URL(uploadUrl).searchParams.get('X-Amz-Expires')).toBe('300');

    const put = await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(pdf) });
    expect(put.status).toBe(200);

    const read = await api('GET', `/api/clients/${world.a.c1}/documents/${document.id}`, { token: world.a.reviewer.token });
    expect(read.status).toBe(200);
    expect(read.body.document).toEqual(document);
    expect(new URL(read.body.downloadUrl).searchParams.get('X-Amz-Expires')).toBe('300');
    const got = await fetch(read.body.downloadUrl);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
  });

  it('signs the declared size and type into the upload URL, so S3 refuses any other upload', async () => {
    // s3rver accepts any SigV4 signature, so the check here is on what the URL signs; S3 itself
    // recomputes the signature over these headers and refuses a PUT whose length or type differ.
    const created = await register(world.a.owner.token, world.a.c1, { fileName: 'notes.txt', contentType: 'text/plain', sizeBytes: 5 });
    const url = new URL(created.body.uploadUrl);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host']));
    // Nor does the SDK add a checksum of an empty body that an S3-compatible server would refuse.
    expect([...url.searchParams.keys()].filter((name) => /checksum/i.test(name))).toEqual([]);
    const right = await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(right.status).toBe(200);
  });

  it('refuses types outside the list (400) and files over 25 MB (413), creating nothing', async () => {
    const before = (await api('GET', `/api/clients/${world.a.c1}/documents?limit=100`, { token: world.a.owner.token })).body.items.length;
    const exe = await register(world.a.owner.token, world.a.c1, { fileName: 'setup.exe', contentType: 'application/x-msdownload', sizeBytes: 100 });
    expectError(exe, 400, 'validation_error');
    expect(exe.body.error.details.map((d: { field: string }) => d.field)).toEqual(['contentType']);
    const html = await register(world.a.owner.token, world.a.c1, { fileName: 'page.html', contentType: 'text/html', sizeBytes: 100 });
    expectError(html, 400);
    const huge = await register(world.a.owner.token, world.a.c1, {
      fileName: 'big.pdf',
      contentType: 'application/pdf',
      sizeBytes: 25 * 1024 * 1024 + 1,
    });
    expectError(huge, 413, 'payload_too_large');
    const exactly = await register(world.a.owner.token, world.a.c1, { fileName: 'max.pdf', contentType: 'application/pdf', sizeBytes: 25 * 1024 * 1024 });
    expect(exactly.status).toBe(201);
    const bad = await register(world.a.owner.token, world.a.c1, { fileName: '../x', contentType: 'application/pdf', sizeBytes: 0, extra: 1 });
    expectError(bad, 400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['fileName', 'sizeBytes', '(body)']));
    const after = (await api('GET', `/api/clients/${world.a.c1}/documents?limit=100`, { token: world.a.owner.token })).body.items.length;
    expect(after).toBe(before + 1);
  });

  it('accepts every allowed kind: PDF, images, CSV, text, spreadsheets and Word', async () => {
    for (const contentType of [
      'image/png',
      'image/jpeg',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.ms-excel',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]) {
      expect((await register(world.a.manager.token, world.a.c2, { fileName: 'f', contentType, sizeBytes: 10 })).status, contentType).toBe(201);
    }
  });

  it('links a document to a work item that exists under the client and lists a work item’s documents', async () => {
    const batch = await api('POST', `/api/clients/${world.a.c1}/batches`, {
      token: world.a.agent.token,
      body: { name: 'Linked', fields: [{ name: 'x', type: 'string' }] },
    });
    expect(batch.status).toBe(201);
    const ref = { type: 'batch', id: batch.body.id };
    const linked = await register(world.a.reviewer.token, world.a.c1, { fileName: 'source.csv', contentType: 'text/csv', sizeBytes: 3, workItem: ref });
    expect(linked.status).toBe(201);
    expect(linked.body.document.workItem).toEqual(ref);
    await register(world.a.agent.token, world.a.c1, { fileName: 'other.csv', contentType: 'text/csv', sizeBytes: 3 });

    const listed = await api('GET', `/api/clients/${world.a.c1}/documents?workItem=batch:${batch.body.id}`, { token: world.a.agent.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([linked.body.document.id]);
    const viaOn = await api('GET', `/api/clients/${world.a.c1}/documents?on=batch:${batch.body.id}`, { token: world.a.reviewer.token });
    expect(viaOn.body.items).toHaveLength(1);

    const missing = await register(world.a.agent.token, world.a.c1, {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      sizeBytes: 3,
      workItem: { type: 'ticket', id: batch.body.id },
    });
    expectError(missing, 400);
    expect(missing.body.error.details[0].field).toBe('workItem');
    // Another client's work item does not exist under this one.
    const elsewhere = await register(world.a.owner.token, world.a.c2, { fileName: 'x.pdf', contentType: 'application/pdf', sizeBytes: 3, workItem: ref });
    expectError(elsewhere, 400);
  });

  it('lists newest first with cursors', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await register(world.b.owner.token, world.b.client, { fileName: `p${i}.png`, contentType: 'image/png', sizeBytes: 9 })).body.document.id);
    }
    const first = await api('GET', `/api/clients/${world.b.client}/documents?limit=2`, { token: world.b.reviewer.token });
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    const second = await api('GET', `/api/clients/${world.b.client}/documents?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      token: world.b.reviewer.token,
    });
    expect(second.body.items.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('replays an idempotent create without a second document', async () => {
    const headers = { 'idempotency-key': `doc-${Date.now()}` };
    const body = { fileName: 'once.pdf', contentType: 'application/pdf', sizeBytes: 12 };
    const first = await api('POST', `/api/clients/${world.a.c2}/documents`, { token: world.a.otherAgent.token, body, headers });
    const again = await api('POST', `/api/clients/${world.a.c2}/documents`, { token: world.a.otherAgent.token, body, headers });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const all = (await api('GET', `/api/clients/${world.a.c2}/documents?limit=100`, { token: world.a.owner.token })).body.items;
    expect(all.filter((d: { fileName: string }) => d.fileName === 'once.pdf')).toHaveLength(1);
  });

  it('outsiders get 404 on every document route and create nothing', async () => {
    const created = await register(world.a.agent.token, world.a.c1, { fileName: 'private.pdf', contentType: 'application/pdf', sizeBytes: 10 });
    const id = created.body.document.id;
    const before = (await api('GET', `/api/clients/${world.a.c1}/documents?limit=100`, { token: world.a.owner.token })).body.items.length;
    for (const [who, token] of outsidersOfC1(world)) {
      expect((await api('GET', `/api/clients/${world.a.c1}/documents`, { token })).status, who).toBe(404);
      expect((await api('GET', `/api/clients/${world.a.c1}/documents/${id}`, { token })).status, who).toBe(404);
      const post = await register(token, world.a.c1, { fileName: 'planted.pdf', contentType: 'application/pdf', sizeBytes: 10 });
      expect(post.status, who).toBe(404);
    }
    // A document id under another client of the same tenant is absent there.
    expect((await api('GET', `/api/clients/${world.a.c2}/documents/${id}`, { token: world.a.owner.token })).status).toBe(404);
    expect((await api('GET', `/api/clients/${world.a.c1}/documents/not-a-ulid`, { token: world.a.owner.token })).status).toBe(404);
    const after = (await api('GET', `/api/clients/${world.a.c1}/documents?limit=100`, { token: world.a.owner.token })).body.items.length;
    expect(after).toBe(before);
  });
});
