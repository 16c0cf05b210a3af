import type { TenantContext } from '../core/context.ts';
import type { SeededFirm } from '../demo.ts';
import { demoPdf, seedDocument } from '../documents/seed.ts';
import type { RecordValues } from './fields.ts';
import { createBatch, createRecord, moveBatch, updateBatch, updateRecord } from './service.ts';

/** The context of a demo agent who works for the client, made from the seed's ids. */
export function demoAgent(firm: SeededFirm, clientName: string): TenantContext | undefined {
  const agent = firm.definition.users.find((user) => user.role === 'agent' && user.clients.includes(clientName));
  const userId = agent ? firm.userIds.get(agent.email) : undefined;
  if (!agent || !userId) return undefined;
  const assigned = agent.clients.flatMap((name) => firm.clientIds.get(name) ?? []);
  return { tenantId: firm.owner.tenantId, userId, email: agent.email, role: 'agent', assignedClientIds: new Set(assigned) };
}

const VENDORS = ['Henry Schein', 'Patterson Supply', 'Office Depot', 'City Water & Power', 'Staples Business', 'Cintas Uniforms'];

/**
 * Per client: scanned invoices as documents, a batch keyed from them and in review (some records
 * verified, one corrected by QA), and an open batch still being keyed.
 */
export async function seedDataEntry(firm: SeededFirm): Promise<void> {
  // Clients in parallel (they share no item): the seed runs on every first `npm start`.
  await Promise.all([...firm.clientIds].map(([clientName, clientId]) => seedClientBatches(firm, clientName, clientId)));
}

async function seedClientBatches(firm: SeededFirm, clientName: string, clientId: string): Promise<void> {
  const keyer = demoAgent(firm, clientName) ?? firm.owner;
  const checker = firm.owner;
  const opened = await createBatch(keyer, clientId, {
    name: 'Vendor invoices, autumn',
    fields: [
      { name: 'invoiceNumber', type: 'string', required: true, pattern: '^INV-\\d{3,6}$' },
      { name: 'vendor', type: 'string', required: true },
      { name: 'invoiceDate', type: 'date', required: true },
      { name: 'amount', type: 'money', required: true },
      { name: 'vendorEmail', type: 'email', required: false },
    ],
    documentIds: [],
  });
  // The scans belong to the batch (listed under it) and are its source documents.
  const scans = await Promise.all(
    ['october', 'november'].map((month, index) =>
      seedDocument(keyer, clientId, {
        fileName: `vendor-invoices-${month}-${index + 1}.pdf`,
        contentType: 'application/pdf',
        bytes: demoPdf(`${clientName}: vendor invoices, ${month}`),
        workItem: { type: 'batch', id: opened.id },
      }),
    ),
  );
  const batch = await updateBatch(keyer, clientId, opened.id, { version: opened.version, documentIds: scans.map((scan) => scan.id) });
  await seedDocument(keyer, clientId, {
    fileName: 'keying-notes.txt',
    contentType: 'text/plain',
    bytes: Buffer.from('Amounts are keyed in cents. Skip credit notes.\n'),
    workItem: { type: 'batch', id: batch.id },
  });
  // Records one after another: each adds to the batch's counters, and concurrent transactions on one
  // item conflict in DynamoDB.
  const records = [];
  for (let index = 0; index < 6; index++) {
    const values: RecordValues = {
      invoiceNumber: `INV-${1040 + index}`,
      vendor: VENDORS[index % VENDORS.length] ?? 'Vendor',
      invoiceDate: `2026-10-${String(3 + index * 4).padStart(2, '0')}`,
      amount: 12_500 + index * 3_175,
      vendorEmail: index % 2 === 0 ? `ap@vendor${index}.test` : null,
    };
    records.push(await createRecord(keyer, clientId, batch.id, { values, documentId: scans[index % scans.length]?.id ?? '' }));
  }
  for (const [index, record] of records.slice(0, 4).entries()) {
    await (index === 2
      ? updateRecord(checker, clientId, batch.id, record.id, { version: record.version, qa: 'corrected', values: { amount: 19_850 } })
      : updateRecord(checker, clientId, batch.id, record.id, { version: record.version, qa: 'verified' }));
  }
  await moveBatch(keyer, clientId, batch.id, 'submit');

  const intake = await createBatch(keyer, clientId, {
    name: 'Customer contact cards',
    fields: [
      { name: 'fullName', type: 'string', required: true },
      { name: 'email', type: 'email', required: true },
      { name: 'accountBalance', type: 'money', required: false },
      { name: 'visits', type: 'number', required: false },
    ],
    documentIds: [],
  });
  await createRecord(keyer, clientId, intake.id, { values: { fullName: 'Dana Whitfield', email: 'dana.whitfield@example.test', visits: 4 } });
  await createRecord(keyer, clientId, intake.id, { values: { fullName: 'Tomás Herrera', email: 'tomas.h@example.test', accountBalance: 4_200 } });
}
