import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { api, type ApiResponse } from '../support/api.ts';
import { type Actor, type Firm, invite, signupFirm } from '../support/world.ts';

/**
 * Rate limits per user and per tenant (issue 8, part 5), with limits small enough to reach, set for
 * this file before the handlers load: 429 with Retry-After and the error JSON past a limit, others
 * untouched, one DynamoDB call per request for the count, and a count that fails open.
 */
const LIMITS = vi.hoisted(() => {
  const limits = { user: 20, tenant: 45 };
  process.env.RATE_LIMIT_USER_PER_MINUTE = String(limits.user);
  process.env.RATE_LIMIT_TENANT_PER_MINUTE = String(limits.tenant);
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

  it('counting costs one DynamoDB call per request, made alongside the member read', async () => {
    const firm = await signupFirm('Counted');
    const timing = (await me(firm.owner.token)).headers.get('server-timing') ?? '';
    // Authentication (member GetItem + rate window UpdateItem) and /me's two reads.
    expect(timing).toMatch(/desc="4 calls/);
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
});
