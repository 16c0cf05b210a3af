import type { AwsStub } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api, expectError } from '../support/api.ts';
import { faultyTransactions } from '../support/db-faults.ts';
import { clientInput, signupFirm, type Firm } from '../support/world.ts';

let firm: Firm;
beforeAll(async () => {
  firm = await signupFirm('Faulty Firm');
});

/** Every command reaches DynamoDB Local except the transaction, which fails as told. */
function failTransactions(error: Error): AwsStub<object, never, unknown> {
  return faultyTransactions(() => error).stub;
}

describe('database faults', () => {
  let mock: AwsStub<object, never, unknown> | undefined;
  afterEach(() => {
    mock?.restore();
    mock = undefined;
  });

  async function clientNames() {
    mock?.restore();
    mock = undefined;
    const list = await api('GET', '/api/clients?limit=100', { token: firm.owner.token });
    return list.body.items.map((c: { name: string }) => c.name);
  }

  it('throttling that outlasts the retries answers 503 with Retry-After and writes nothing', async () => {
    mock = failTransactions(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const response = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('During throttling') });
    expectError(response, 503, 'service_unavailable');
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await clientNames()).not.toContain('During throttling');
  });

  it('a transaction cancelled by a conflicting transaction answers 503, not 500', async () => {
    mock = failTransactions(
      Object.assign(new Error('Transaction cancelled'), {
        name: 'TransactionCanceledException',
        CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
      }),
    );
    const response = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('Cancelled') });
    expectError(response, 503);
    expect(await clientNames()).not.toContain('Cancelled');
  });

  it('an unexpected database error answers 500 with the contract JSON and leaks nothing', async () => {
    mock = failTransactions(Object.assign(new Error('secret internal detail'), { name: 'InternalServerError' }));
    const response = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('Broken') });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side' } });
  });

  it('a transaction cancelled once by a conflicting transaction is tried again and lands', async () => {
    const conflict = Object.assign(new Error('Transaction cancelled'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
    });
    const transactions = faultyTransactions((attempt) => (attempt === 1 ? conflict : undefined));
    mock = transactions.stub;
    const response = await api('POST', '/api/clients', { token: firm.owner.token, body: clientInput('Second try') });
    expect(response.status).toBe(201);
    expect(transactions.attempts()).toBe(2);
    expect((await clientNames()).filter((name: string) => name === 'Second try')).toHaveLength(1);
  });
});
