import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger, redact } from '../../functions/core/logger.ts';
import { api } from '../support/api.ts';
import { Fixtures } from '../support/fixtures.ts';

/**
 * Tokens, passwords and presigned URLs never reach a log line (issue 8, part 5). The logger prints in
 * this file (LOG_LEVEL=INFO, set before it loads) and every line it writes is captured here, from the
 * handlers' request logs to their error logs.
 */
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

const lines: string[] = [];
beforeAll(() => {
  const collect = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(collect as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(collect as never);
});
afterAll(() => vi.restoreAllMocks());

let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

const since = (mark: number) => lines.slice(mark).join('\n');

describe('secrets stay out of logs', () => {
  it('tokens, passwords and presigned URLs are redacted wherever they appear in a log line', async () => {
    const token = f.a.agent.token;
    const password = 'correct-horse-battery-staple';
    const { documentId } = await f.document();
    const download = (await api('GET', `/api/clients/${f.a.c1}/documents/${documentId}`, { token: f.a.reviewer.token })).body.downloadUrl as string;
    const signature = new URL(download).searchParams.get('X-Amz-Signature') as string;
    const credential = new URL(download).searchParams.get('X-Amz-Credential') as string;
    expect(signature.length).toBeGreaterThan(20);
    const mark = lines.length;
    logger.info('an event logged while debugging', {
      event: { headers: { authorization: `Bearer ${token}`, cookie: 'session=abc' }, body: JSON.stringify({ email: 'a@b.test', password }) },
      login: { email: 'a@b.test', password },
      url: download,
      note: `the header was Bearer ${token}`,
    });
    logger.error('an error that quotes its input', { error: new Error(`could not use ${token} with ${download} or password=${password}`) });
    const output = since(mark);
    expect(output).toContain('an event logged while debugging');
    expect(output).toContain('an error that quotes its input');
    for (const secret of [token, token.split('.')[2] as string, password, signature, credential]) expect(output).not.toContain(secret);
    expect(output).toContain('[REDACTED]');
  });

  it("an unhandled error on a request logs without the caller's token", async () => {
    const token = f.a.owner.token;
    const stub = mockClient(DynamoDBDocumentClient) as unknown as AwsStub<object, never, unknown> & { send: any };
    stub.send.callsFake(() => Promise.reject(new Error(`boom while handling Bearer ${token}, token=${token}`)));
    const mark = lines.length;
    try {
      const response = await api('GET', `/api/clients/${f.a.c1}`, { token });
      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toContain(token);
    } finally {
      stub.restore();
    }
    const output = since(mark);
    expect(output).toContain('Unhandled error');
    expect(output).not.toContain(token);
  });

  it("a sign-in, right or wrong, logs no password, and no request log carries a token", async () => {
    const mark = lines.length;
    const email = f.a.agent.email;
    expect((await api('POST', '/api/auth/login', { body: { email, password: 'test-password-1' } })).status).toBe(200);
    expect((await api('POST', '/api/auth/login', { body: { email, password: 'wrong-password-9' } })).status).toBe(401);
    await api('GET', '/api/me', { token: f.a.agent.token });
    const output = since(mark);
    expect(output).toContain('"status":200');
    for (const secret of ['test-password-1', 'wrong-password-9', f.a.agent.token]) expect(output).not.toContain(secret);
  });

  it('redact keeps what is not a secret', () => {
    expect(redact('status', 200)).toBe(200);
    expect(redact('route', 'GET /api/clients/{clientId}')).toBe('GET /api/clients/{clientId}');
    expect(redact('message', 'Client not found')).toBe('Client not found');
    expect(redact('password', 'x')).toBe('[REDACTED]');
    expect(redact('url', 'https://s3.test/b/k?X-Amz-Algorithm=AWS4&X-Amz-Signature=abc123&X-Amz-Expires=300')).toBe(
      'https://s3.test/b/k?X-Amz-Algorithm=AWS4&X-Amz-Signature=[REDACTED]&X-Amz-Expires=300',
    );
  });
});
