import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { api, type ApiResponse } from '../support/api.ts';
import { type Actor, type Firm, invite, signupFirm } from '../support/world.ts';

/**
 * Rate limits per user and per tenant (issue 8, part 5), with limits small enough to reach, set for
 * this file before the handlers load: 429 with Retry-After and the error JSON past a limit, others
 * untouched, authentication and the count in one DynamoDB call, a count that fails open, and an
 * authentication that does not.
 */
const LIMITS = vi.hoisted(() => {
  const limits = { user: 20, tenant: 45, block: 10 };
  process.env.RATE_LIMIT_USER_PER_MINUTE = String(limits.user);
  process.env.RATE_LIMIT_TENANT_PER_MINUTE = String(limits.tenant);
  process.env.RATE_LIMIT_TENANT_BLOCK = String(limits.block);
  return limits;
});

/** Fixed one-minute windows: a burst is started early enough in one that it does not straddle two. */
async function freshWindow(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((done) => setTimeout(done, 60_000 - intoMinute + 50));
}

const me = (token: string) => api('GET', '/api/me', { token });

async function burst(token: string, count: number): Promise<ApiResponse[]> {
  const responses: ApiResponse[] = [];
  for (let i = 0; i < count; i++) responses.push(await me(token));
  return responses;
}

let solo: Firm;
let team: Firm & { members: Actor[] };
let bystander: Firm;
beforeAll(async () => {
  [solo, bystander] = await Promise.all([signupFirm('Solo'), signupFirm('Bystander')]);
  const teamFirm = await signupFirm('Team');
  const members = await Promise.all([invite(teamFirm.owner.token, 'manager'), invite(teamFirm.owner.token, 'manager'), invite(teamFirm.owner.token, 'manager')]);
  team = { ...teamFirm, members };
});

function expectTooMany(response: ApiResponse | undefined) {
  expect(response?.status).toBe(429);
  expect(response?.body.error.code).toBe('too_many_requests');
  const retryAfter = Number(response?.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('rate limits', () => {
  it('a user past their limit gets 429 with Retry-After; another user of the firm and another firm go on', async () => {
    await freshWindow();
    const colleague = await invite(solo.owner.token, 'manager');
    const responses = await burst(solo.owner.token, LIMITS.user + 3);
    const firstRefused = responses.findIndex((response) => response.status === 429);
    // The invite above was one of the owner's requests in this window.
    expect(firstRefused).toBeGreaterThanOrEqual(LIMITS.user - 2);
    expect(responses.slice(0, firstRefused).every((response) => response.status === 200)).toBe(true);
    expectTooMany(responses[firstRefused]);
    expect(responses.slice(firstRefused).every((response) => response.status === 429)).toBe(true);
    expect((await me(colleague.token)).status).toBe(200);
    expect((await me(bystander.owner.token)).status).toBe(200);
  });

  it('a firm past its limit gets 429 for every user, though none is past their own; another firm goes on', async () => {
    await freshWindow();
    const everyone = [team.owner, ...team.members];
    // Four users, fifteen requests each: sixty, over the firm's forty-five, under anyone's twenty.
    const responses = (await Promise.all(everyone.map((actor) => burst(actor.token, 15)))).flat();
    const refused = responses.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(60 - LIMITS.tenant - 5);
    expectTooMany(refused[0]);
    expect(refused[0]?.body.error.message).toMatch(/firm/);
    for (const actor of everyone) expect((await me(actor.token)).status).toBe(429);
    expect((await me(bystander.owner.token)).status).toBe(200);
  });

  it('authentication and counting are one DynamoDB call; the first request of a minute and each block claim two more', async () => {
    await freshWindow();
    const firm = await signupFirm('Counted');
    const calls = async () => Number(/desc="(\d+) calls/.exec((await me(firm.owner.token)).headers.get('server-timing') ?? '')?.[1]);
    // /me itself reads the tenant (1 GetItem). The first request of the minute fails its conditional
    // count, then claims a block from the tenant and starts the window on the member record, together.
    expect(await calls()).toBe(4);
    const counts: number[] = [];
    for (let i = 2; i <= LIMITS.block + 1; i++) counts.push(await calls());
    // Requests 2..block ride on the claim (1 UpdateItem each); request block+1 claims the next block.
    expect(counts).toEqual([...Array.from({ length: LIMITS.block - 1 }, () => 2), 4]);
  });

  it('the counter kept on the member record never shows in what the API answers about members', async () => {
    const firm = await signupFirm('Counter hidden');
    const colleague = await invite(firm.owner.token, 'manager');
    await me(colleague.token);
    const responses = [
      await api('GET', '/api/members', { token: firm.owner.token }),
      await api('GET', `/api/members/${colleague.id}`, { token: firm.owner.token }),
      await api('PATCH', `/api/members/${colleague.id}`, { token: firm.owner.token, body: { version: 1, name: 'Renamed Colleague' } }),
      await api('GET', '/api/audit', { token: firm.owner.token }),
      await me(colleague.token),
    ];
    for (const response of responses) {
      expect(response.status).toBeLessThan(300);
      expect(JSON.stringify(response.body)).not.toMatch(/rateWindow|rateCount|rateAllowance/);
    }
    // A member update (conditional on version) is not disturbed by the counts kept beside it.
    expect(responses[2]?.body.version).toBe(2);
  });

  it('when the count cannot be taken (the table throttles it), the request goes on: the limit fails open', async () => {
    const firm = await signupFirm('Throttled counter');
    const stub = mockClient(DynamoDBDocumentClient) as unknown as AwsStub<object, never, unknown> & { send: any };
    stub.send.callThrough();
    stub.on(UpdateCommand as never).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    try {
      expect((await me(firm.owner.token)).status).toBe(200);
    } finally {
      stub.restore();
    }
  });

  it('authentication does not fail open: when the member record cannot be read either, 503 with Retry-After', async () => {
    const firm = await signupFirm('Throttled member');
    const stub = mockClient(DynamoDBDocumentClient) as unknown as AwsStub<object, never, unknown> & { send: any };
    stub.send.callThrough();
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    stub.on(UpdateCommand as never).rejects(throttled);
    stub.on(GetCommand as never).rejects(throttled);
    try {
      const response = await me(firm.owner.token);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).not.toBeNull();
    } finally {
      stub.restore();
    }
  });
});
