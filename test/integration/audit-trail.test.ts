import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';
import { clientInput, signupFirm, type Firm } from '../support/world.ts';

/** Reads the trail straight from the table: the audit API arrives with issue 4, the records with every change. */
const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: process.env.AWS_REGION }));
async function trail(tenantId: string) {
  const result = await table.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `T#${tenantId}#AUDIT` },
      ScanIndexForward: false,
    }),
  );
  return result.Items ?? [];
}

let firm: Firm;
beforeAll(async () => {
  firm = await signupFirm('Audited Firm');
});

describe('audit trail', () => {
  it('records each change with actor, before and after; a refused change records nothing', async () => {
    const created = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('Audited') });
    await api('PATCH', `/api/clients/${created.body.id}`, { token: firm.owner.token, body: { version: 1, name: 'Audited Two' } });
    const countAfterUpdate = (await trail(firm.tenantId)).length;
    await api('PATCH', `/api/clients/${created.body.id}`, { token: firm.owner.token, body: { version: 1, name: 'Stale' } });
    const records = await trail(firm.tenantId);
    expect(records).toHaveLength(countAfterUpdate);

    const update = records.find((r) => r.action === 'client.update');
    expect(update).toMatchObject({
      entity: 'client',
      entityId: created.body.id,
      clientId: created.body.id,
      actor: { id: firm.owner.id, email: firm.owner.email },
      before: { name: 'Audited', version: 1 },
      after: { name: 'Audited Two', version: 2 },
    });
    expect(records.map((r) => r.action)).toEqual(expect.arrayContaining(['tenant.create', 'client.create']));
    expect(Date.parse(update?.at)).not.toBeNaN();
  });
});
