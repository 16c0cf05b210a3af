import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';

function event(path: string) {
  return {
    version: '2.0',
    routeKey: `GET ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: {},
    requestContext: { http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' }, requestId: 'r1', routeKey: `GET ${path}`, stage: '$default' },
    isBase64Encoded: false,
  };
}
const context = { functionName: 'backdesk-test', awsRequestId: 'r1', getRemainingTimeInMillis: () => 1000 };

describe('the Lambda wrapper', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  });

  it('emits request and error metrics in the embedded metric format', async () => {
    vi.resetModules();
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const { lambdaHandler } = await import('../../functions/core/lambda.ts');
    const app = new Hono().get('/ok', (c) => c.text('ok')).get('/boom', (c) => c.json({ error: { code: 'x', message: 'y' } }, 503));
    const handler = lambdaHandler(app);
    expect(((await handler(event('/ok') as never, context as never)) as { statusCode: number }).statusCode).toBe(200);
    expect(((await handler(event('/boom') as never, context as never)) as { statusCode: number }).statusCode).toBe(503);
    const emf = written.flatMap((line) => line.split('\n')).filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line));
    expect(emf).toHaveLength(2);
    expect(emf[0].requests).toBe(1);
    expect(emf[0].serverErrors).toBeUndefined();
    expect(emf[1]).toMatchObject({ requests: 1, serverErrors: 1 });
    expect(emf[1]._aws.CloudWatchMetrics[0].Namespace).toBe('Backdesk');
  });

  it('answers 500 in the contract shape when the app throws past its own error handler', async () => {
    vi.resetModules();
    const { lambdaHandler } = await import('../../functions/core/lambda.ts');
    const broken = { fetch: () => Promise.reject(new Error('boom')) } as never;
    const result = (await lambdaHandler(broken)(event('/x') as never, context as never)) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body)).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side' } });
  });
});
