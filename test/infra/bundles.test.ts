import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules, scheduledFunctions } from '../../functions/manifest.ts';
import { BUNDLE_ALIAS, ESM_REQUIRE_BANNER } from '../../infra/bundling.ts';
import { functionName, ofType, type Resource, type Synthesized, synthesize } from './synth.ts';

/**
 * The stack as `npm run synth` builds it, from the manifest, with every function bundled by esbuild:
 * the bundles that would deploy, loaded and run here with nothing around them but what Lambda gives.
 */
let synth: Synthesized;
let resources: Record<string, Resource>;

beforeAll(() => {
  synth = synthesize({ bundle: true, stackProps: {} });
  resources = synth.resources;
}, 120_000);

afterAll(() => synth?.cleanup());

/** Runs an ES module snippet in a bundle's directory with only what the Lambda environment would give it. */
function runInAsset(assetDir: string, script: string, extraEnv: Record<string, string> = {}): { stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: assetDir,
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'backdesk-test',
      BUCKET_NAME: 'backdesk-test',
      CURSOR_SECRET: 'a-cursor-secret-of-at-least-32-characters',
      IDENTITY_PROVIDER: 'cognito',
      COGNITO_USER_POOL_ID: 'us-east-1_test',
      COGNITO_CLIENT_ID: 'test',
      TENANT_ACCESS_ROLE_ARN: 'arn:aws:iam::123456789012:role/backdesk-tenant-access',
      LOG_LEVEL: 'SILENT',
      // The SDK warns on stderr about Node versions older than Lambda's; this test runs on the host's Node.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...extraEnv,
    },
  });
  return { stdout: result.stdout, stderr: result.stderr };
}

const assetDirOf = (fn: Resource | undefined) =>
  join(synth.assemblyDir, `asset.${String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '')}`);

describe('the synthesized app, from the manifest', () => {
  it('deploys one function per module and per scheduled function, by default', () => {
    const names = ofType(resources, 'AWS::Lambda::Function').map(([id]) => functionName(resources, id));
    expect(names.sort()).toEqual([...modules, ...scheduledFunctions].map((definition) => definition.name).sort());
  });

  it('bundles each as ESM with a source map, loading on its own with the AWS SDK inside', () => {
    const assetDirs = ofType(resources, 'AWS::Lambda::Function').map(([id, fn]) => ({ id, dir: assetDirOf(fn) }));
    for (const { id, dir } of assetDirs) {
      const bundle = join(dir, 'index.mjs');
      expect(existsSync(bundle), `${id} bundle at ${bundle}`).toBe(true);
      expect(existsSync(`${bundle}.map`), `${id} source map`).toBe(true);
      expect(readFileSync(bundle, 'utf8').startsWith(ESM_REQUIRE_BANNER), `${id} starts with the createRequire banner`).toBe(true);
    }
    // Each asset sits in a temporary directory with no node_modules above it, as in Lambda: an import
    // left external (an unbundled @aws-sdk/* package, say) fails to load. One process imports them all,
    // each from its own directory, so the check costs one Node start rather than one per function.
    const loaded = runInAsset(
      synth.assemblyDir,
      `const dirs = ${JSON.stringify(assetDirs.map(({ dir }) => dir))};
       const result = {};
       for (const dir of dirs) {
         try { result[dir] = typeof (await import(dir + '/index.mjs')).handler; } catch (error) { result[dir] = String(error); }
       }
       console.log(JSON.stringify(result));`,
    );
    expect(loaded.stderr).toBe('');
    const handlers = JSON.parse(loaded.stdout.trim().split('\n').at(-1) ?? '') as Record<string, string>;
    for (const { id, dir } of assetDirs) expect(handlers[dir], id).toBe('function');
  });

  /** Sends a public GET to the deployed bundle of the module that serves it; the response is the handler's last line. */
  function getFromBundle(path: string): { statusCode: number; headers: Record<string, string>; body: string } {
    const routeKey = `GET ${path}`;
    const module = modules.find((definition) => definition.routes.includes(routeKey));
    const [, fn] = ofType(resources, 'AWS::Lambda::Function').find(([id]) => functionName(resources, id) === module?.name) ?? [];
    const event = {
      version: '2.0',
      routeKey,
      rawPath: path,
      rawQueryString: '',
      headers: { host: 'backdesk.test' },
      requestContext: {
        http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
        requestId: 'test',
        routeKey,
        stage: '$default',
        domainName: 'backdesk.test',
      },
      isBase64Encoded: false,
    };
    const context = "{ functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 10000 }";
    const result = runInAsset(
      assetDirOf(fn),
      `const { handler } = await import('./index.mjs');
       console.log(JSON.stringify(await handler(${JSON.stringify(event)}, ${context})));`,
    );
    expect(result.stderr).toBe('');
    // The handler's own log and metric lines come first; the response is the last line.
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
  }

  it('answers GET /api/health from the deployed bundle, configured as in AWS', () => {
    const response = getFromBundle('/api/health');
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document from the file deployed beside the api-docs bundle, not from the bundle', () => {
    const response = getFromBundle('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual(JSON.parse(readFileSync(join(import.meta.dirname, '../../functions/api-docs/openapi.json'), 'utf8')));
    const apiDocs = ofType(resources, 'AWS::Lambda::Function').find(([id]) => functionName(resources, id) === 'api-docs')?.[1];
    expect(sourcesOf(apiDocs).filter((source) => source.endsWith('.json'))).toEqual([]);
  });
});

/** The packages of the SDK's default credential chain that the bundles leave out (BUNDLE_ALIAS). */
const REMOVED_CREDENTIAL_CHAIN =
  /node_modules\/(@aws-sdk\/(credential-provider-(?!env\/)[a-z-]+|nested-clients|token-providers)|@smithy\/credential-provider-imds)\//;

const sourcesOf = (fn: Resource | undefined) =>
  (JSON.parse(readFileSync(join(assetDirOf(fn), 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;

describe('credentials in the deployed bundles', () => {
  const shim = BUNDLE_ALIAS['@aws-sdk/credential-provider-node']?.replace(/^\.\//, '') ?? '';

  it('carry none of the default credential chain but the environment-variable provider', () => {
    for (const [id, fn] of ofType(resources, 'AWS::Lambda::Function')) {
      const sources = sourcesOf(fn);
      expect(sources.filter((source) => REMOVED_CREDENTIAL_CHAIN.test(source)), id).toEqual([]);
      if (sources.some((source) => source.includes('node_modules/@aws-sdk/client-'))) {
        expect(sources.some((source) => source.endsWith(shim)), `${id} uses ${shim}`).toBe(true);
        expect(sources.some((source) => source.includes('node_modules/@aws-sdk/credential-provider-env/')), id).toBe(true);
      }
    }
  });

  it('sign with the credentials Lambda puts in the environment, and look nowhere else', () => {
    const [, fn] = ofType(resources, 'AWS::Lambda::Function').find(([id]) => functionName(resources, id) === 'sla-sweep') ?? [];
    // The sweep reads DynamoDB with the function's own credentials. A local server stands in for
    // DynamoDB and keeps each request's signature; it refuses the call, which ends the sweep.
    const result = runInAsset(
      assetDirOf(fn),
      `import { createServer } from 'node:http';
       const signatures = [];
       const server = createServer((request, response) => {
         signatures.push({ authorization: request.headers.authorization, token: request.headers['x-amz-security-token'] });
         response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
         response.end(JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: 'refused by the test' }));
       });
       await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
       process.env.DYNAMODB_ENDPOINT = 'http://127.0.0.1:' + server.address().port;
       const { handler } = await import('./index.mjs');
       const errors = [];
       // First with no credentials in the environment: no other source is tried (no IMDS, no files).
       await handler({}).catch((error) => errors.push(error.message));
       Object.assign(process.env, {
         AWS_ACCESS_KEY_ID: 'AKIDFROMTHEENVIRONMENT',
         AWS_SECRET_ACCESS_KEY: 'secret-from-the-environment',
         AWS_SESSION_TOKEN: 'session-token-from-the-environment',
       });
       await handler({}).catch((error) => errors.push(error.message));
       server.close();
       console.log(JSON.stringify({ errors, signatures }));`,
    );
    expect(result.stderr).toBe('');
    const { errors, signatures } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as {
      errors: string[];
      signatures: { authorization?: string; token?: string }[];
    };
    expect(errors).toEqual(['Unable to find environment variable credentials.', 'refused by the test']);
    expect(signatures).toHaveLength(1);
    expect(signatures[0]?.authorization).toContain('Credential=AKIDFROMTHEENVIRONMENT/');
    expect(signatures[0]?.token).toBe('session-token-from-the-environment');
  });
});
