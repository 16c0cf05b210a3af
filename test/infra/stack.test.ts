import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../functions/manifest.ts';
import { BackdeskStack } from '../../infra/backdesk-stack.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/bundling.ts';
import { TENANCY_ATTRIBUTES } from '../../infra/constructs/auth.ts';
import { TABLE_DESIGN } from '../../infra/table-design.ts';

/**
 * Synthesizes the real stack, functions bundled by esbuild, with the feature flags from cdk.json, and
 * asserts on the CloudFormation template: what AWS would be told to build, with no account needed.
 */

/** CloudFormation JSON, typed as JSON.parse gives it and read field by field below. */
type Props = Record<string, ReturnType<typeof JSON.parse>>;
interface Resource {
  Type: string;
  Properties: Props;
  DeletionPolicy?: string;
}

const root = resolve(import.meta.dirname, '../..');
const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };

let template: Template;
let resources: Record<string, Resource>;
let assemblyDir: string;

beforeAll(() => {
  // A directory of our own, outside the project: no node_modules above the bundles, and removed after.
  assemblyDir = mkdtempSync(join(tmpdir(), 'backdesk-synth-'));
  const app = new App({ context: cdkJson.context, outdir: assemblyDir });
  const stack = new BackdeskStack(app, 'BackdeskTest');
  // fromStack also fails on a dependency cycle between resources.
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Resource>;
}, 120_000);

afterAll(() => {
  if (assemblyDir) rmSync(assemblyDir, { recursive: true, force: true });
});

function ofType(type: string): [string, Resource][] {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}

function only(type: string): [string, Resource] {
  const found = ofType(type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0] as [string, Resource];
}

function logicalIdOf(ref: unknown): string {
  const value = ref as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  const id = value.Ref ?? value['Fn::GetAtt']?.[0];
  if (!id) throw new Error(`Not a Ref or GetAtt: ${JSON.stringify(ref)}`);
  return id;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when an IAM action pattern (`dynamodb:*`, `dynamodb:Sc*`, `*`) covers `action`. */
function actionCovers(pattern: string, action: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.'))
    .join('.*');
  return new RegExp(`^${regex}$`, 'i').test(action);
}

/** Runs an ES module snippet in a bundle's directory with only what the Lambda environment would give it. */
function runInAsset(assetDir: string, script: string): { stdout: string; stderr: string } {
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
      LOG_LEVEL: 'SILENT',
      // The SDK warns on stderr about Node versions older than Lambda's; this test runs on the host's Node.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  return { stdout: result.stdout, stderr: result.stderr };
}

const moduleOfFunction = (logicalId: string): string => {
  const description = resources[logicalId]?.Properties.Description as string;
  const match = /^Backdesk (\S+) module$/.exec(description);
  if (!match?.[1]) throw new Error(`Function ${logicalId} has no module description`);
  return match[1];
};

describe('the data table', () => {
  it('is the single table from TABLE_DESIGN, on demand, with its GSIs and TTL on expiresAt', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    const props = table.Properties;
    expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = props.GlobalSecondaryIndexes as Props[];
    const names = indexes.map((index) => index.IndexName as string);
    expect(names.sort()).toEqual(TABLE_DESIGN.globalSecondaryIndexes.map((index) => index.indexName).sort());
    expect(names).toEqual(expect.arrayContaining(['gsi1', 'gsi2', 'sweep']));
    for (const design of TABLE_DESIGN.globalSecondaryIndexes) {
      const index = indexes.find((candidate) => candidate.IndexName === design.indexName);
      expect(index?.KeySchema).toEqual([
        { AttributeName: design.partitionKey, KeyType: 'HASH' },
        { AttributeName: design.sortKey, KeyType: 'RANGE' },
      ]);
    }
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });

  it('survives mistakes: point-in-time recovery, deletion protection, retained, encrypted with the AWS-managed key', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });
});

describe('the buckets', () => {
  it('block all public access, are encrypted, and deny any request not over TLS', () => {
    const buckets = ofType('AWS::S3::Bucket');
    expect(buckets).toHaveLength(2);
    for (const [bucketId, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, bucketId).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption, bucketId).toBeDefined();

      const policies = ofType('AWS::S3::BucketPolicy').filter(
        ([, policy]) => logicalIdOf(policy.Properties.Bucket) === bucketId,
      );
      expect(policies, `${bucketId} has a bucket policy`).toHaveLength(1);
      const statements = (policies[0]?.[1].Properties.PolicyDocument.Statement ?? []) as Props[];
      const tlsOnly = statements.find(
        (statement) =>
          statement.Effect === 'Deny' &&
          statement.Principal?.AWS === '*' &&
          asArray(statement.Action).includes('s3:*') &&
          statement.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      );
      expect(tlsOnly, `${bucketId} denies plain HTTP`).toBeDefined();
    }
  });

  it('the documents bucket aborts incomplete uploads after a day and lets only the portal use presigned URLs', () => {
    const [documentsId, documents] = ofType('AWS::S3::Bucket').find(([, bucket]) => bucket.Properties.CorsConfiguration) ?? [];
    expect(documents, 'a bucket with a CORS rule').toBeDefined();
    const rules = documents?.Properties.LifecycleConfiguration.Rules as Props[];
    expect(rules.some((rule) => rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation === 1)).toBe(true);

    const cors = documents?.Properties.CorsConfiguration.CorsRules as Props[];
    expect(cors).toHaveLength(1);
    expect(cors[0]?.AllowedMethods).toEqual(expect.arrayContaining(['PUT', 'GET']));
    const [distributionId] = only('AWS::CloudFront::Distribution');
    expect(cors[0]?.AllowedOrigins).toEqual([
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] },
    ]);

    const [, fn] = ofType('AWS::Lambda::Function')[0] ?? [];
    expect(logicalIdOf(fn?.Properties.Environment.Variables.BUCKET_NAME)).toBe(documentsId);
  });
});

describe('the module functions', () => {
  it('are one per manifest module', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(modules.length);
    expect(functions.map(([id]) => moduleOfFunction(id)).sort()).toEqual(modules.map((module) => module.name).sort());
  });

  it('run Node 22 on arm64 with the shared memory, timeout and environment', () => {
    const [tableId] = only('AWS::DynamoDB::Table');
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      const props = fn.Properties;
      expect(props.Runtime, id).toBe('nodejs22.x');
      expect(props.Architectures, id).toEqual(['arm64']);
      expect(props.MemorySize, id).toBe(512);
      expect(props.Timeout, id).toBe(10);
      expect(props.Handler, id).toBe('index.handler');
      const variables = props.Environment.Variables as Props;
      expect(variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe('backdesk');
      expect(logicalIdOf(variables.TABLE_NAME)).toBe(tableId);
      expect(variables.CURSOR_SECRET).toEqual({ Ref: 'CursorSecret' });
    }
  });

  it('take the cursor secret from a NoEcho parameter of at least 32 characters', () => {
    template.hasParameter('CursorSecret', { Type: 'String', NoEcho: true, MinLength: 32 });
  });

  it('each log to a log group of their own, kept for a month', () => {
    const logGroupIds = ofType('AWS::Lambda::Function').map(([, fn]) => logicalIdOf(fn.Properties.LoggingConfig?.LogGroup));
    expect(new Set(logGroupIds).size).toBe(modules.length);
    for (const id of logGroupIds) {
      expect(resources[id]?.Type).toBe('AWS::Logs::LogGroup');
      expect(resources[id]?.Properties.RetentionInDays).toBe(30);
    }
  });

  it('are ESM bundles with source maps that load on their own, the AWS SDK inside', () => {
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      const assetDir = join(assemblyDir, `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`);
      const bundle = join(assetDir, 'index.mjs');
      expect(existsSync(bundle), `${id} bundle at ${bundle}`).toBe(true);
      expect(existsSync(`${bundle}.map`), `${id} source map`).toBe(true);
      expect(readFileSync(bundle, 'utf8').startsWith(ESM_REQUIRE_BANNER), `${id} starts with the createRequire banner`).toBe(
        true,
      );
      // The asset sits in a temporary directory with no node_modules above it, as in Lambda: an
      // import left external (an unbundled @aws-sdk/* package, say) fails to load here.
      const loaded = runInAsset(assetDir, "const m = await import('./index.mjs'); console.log(typeof m.handler);");
      expect(loaded.stderr, id).toBe('');
      expect(loaded.stdout.trim(), id).toBe('function');
    }
  });

  it('answer GET /api/health from the deployed bundle', () => {
    const health = modules.find((module) => module.routes.includes('GET /api/health'));
    const [, fn] = ofType('AWS::Lambda::Function').find(([id]) => moduleOfFunction(id) === health?.name) ?? [];
    const assetDir = join(assemblyDir, `asset.${String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '')}`);
    const event = {
      version: '2.0',
      routeKey: 'GET /api/health',
      rawPath: '/api/health',
      rawQueryString: '',
      headers: { host: 'backdesk.test' },
      requestContext: {
        http: { method: 'GET', path: '/api/health', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
        requestId: 'test',
        routeKey: 'GET /api/health',
        stage: '$default',
        domainName: 'backdesk.test',
      },
      isBase64Encoded: false,
    };
    const context = "{ functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 10000 }";
    const result = runInAsset(
      assetDir,
      `const { handler } = await import('./index.mjs');
       console.log(JSON.stringify(await handler(${JSON.stringify(event)}, ${context})));`,
    );
    expect(result.stderr).toBe('');
    // The handler's own log and metric lines come first; the response is the last line.
    const response = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});

describe('the HTTP API', () => {
  const routes = () =>
    ofType('AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties as Props & { RouteKey: string });

  it('has exactly the routes in the manifest', () => {
    expect(routes().map((route) => route.RouteKey).sort()).toEqual(modules.flatMap((module) => module.routes).sort());
  });

  it('sends every route to the function of the module that declares it', () => {
    for (const module of modules) {
      for (const routeKey of module.routes) {
        const route = routes().find((candidate) => candidate.RouteKey === routeKey);
        expect(route, routeKey).toBeDefined();
        // Target is "integrations/<integration id>", a Fn::Join of the literal and a Ref.
        const integrationRef = (route as Props).Target['Fn::Join'][1][1];
        const integration = resources[logicalIdOf(integrationRef)];
        expect(integration?.Type).toBe('AWS::ApiGatewayV2::Integration');
        expect(integration?.Properties.IntegrationType).toBe('AWS_PROXY');
        expect(moduleOfFunction(logicalIdOf(integration?.Properties.IntegrationUri)), routeKey).toBe(module.name);
      }
    }
  });

  it('puts the Cognito JWT authorizer on every route except the public ones', () => {
    const [authorizerId, authorizer] = only('AWS::ApiGatewayV2::Authorizer');
    const [userPoolId] = only('AWS::Cognito::UserPool');
    const [clientId] = only('AWS::Cognito::UserPoolClient');
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer.Properties.JwtConfiguration).toEqual({
      Issuer: { 'Fn::GetAtt': [userPoolId, 'ProviderURL'] },
      Audience: [{ Ref: clientId }],
    });

    for (const module of modules) {
      for (const routeKey of module.routes) {
        const route = routes().find((candidate) => candidate.RouteKey === routeKey);
        if (module.public) {
          expect(route?.AuthorizationType, routeKey).toBe('NONE');
          expect(route?.AuthorizerId, routeKey).toBeUndefined();
        } else {
          expect(route?.AuthorizationType, routeKey).toBe('JWT');
          expect(route?.AuthorizerId, routeKey).toEqual({ Ref: authorizerId });
        }
      }
    }
  });

  it('throttles the default stage', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.AutoDeploy).toBe(true);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
  });
});

describe('IAM', () => {
  const allowStatements = (): Props[] => {
    const documents = [
      ...ofType('AWS::IAM::Policy').map(([, policy]) => policy.Properties.PolicyDocument),
      ...ofType('AWS::IAM::ManagedPolicy').map(([, policy]) => policy.Properties.PolicyDocument),
      ...ofType('AWS::IAM::Role').flatMap(([, role]) =>
        asArray(role.Properties.Policies as Props[]).map((policy) => policy.PolicyDocument),
      ),
    ] as Props[];
    return documents.flatMap((document) => asArray(document.Statement as Props[])).filter((s) => s.Effect === 'Allow');
  };

  it('allows no Scan and no DynamoDB wildcard', () => {
    const actions = allowStatements().flatMap((statement) => asArray(statement.Action as string | string[]));
    expect(actions.some((action) => action.startsWith('dynamodb:')), 'the functions do get table access').toBe(true);
    for (const action of actions) {
      expect(actionCovers(action, 'dynamodb:Scan'), `${action} would allow Scan`).toBe(false);
      expect(actionCovers(action, 'dynamodb:DeleteTable'), `${action} is a table-level wildcard`).toBe(false);
    }
  });

  it('gives the request-path functions no access to the sweep index', () => {
    const granted = JSON.stringify(allowStatements());
    expect(granted).toContain('/index/gsi1');
    expect(granted).not.toContain('/index/sweep');
    expect(granted).not.toContain('/index/*');
  });

  it('gives each function only object reads and writes on the documents bucket', () => {
    const s3Actions = allowStatements()
      .flatMap((statement) => asArray(statement.Action as string | string[]))
      .filter((action) => action.startsWith('s3:'));
    expect(new Set(s3Actions)).toEqual(new Set(['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload']));
  });
});

describe('Cognito', () => {
  it('keeps tenantId immutable and users out of self sign-up', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    const schema = pool.Properties.Schema as Props[];
    for (const name of TENANCY_ATTRIBUTES) {
      expect(schema.find((attribute) => attribute.Name === name), name).toBeDefined();
    }
    expect(schema.find((attribute) => attribute.Name === 'tenantId')?.Mutable).toBe(false);
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
  });

  it('does not let the portal client write the tenant, role or client attributes, but lets it read them', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    const write = client.Properties.WriteAttributes as string[] | undefined;
    // An absent list would mean every writable attribute.
    expect(Array.isArray(write)).toBe(true);
    for (const name of TENANCY_ATTRIBUTES) {
      expect(write, `custom:${name}`).not.toContain(`custom:${name}`);
      expect(client.Properties.ReadAttributes, `custom:${name}`).toContain(`custom:${name}`);
    }
    expect(client.Properties.GenerateSecret).toBe(false);
  });
});

describe('the portal distribution', () => {
  it('reads the web bucket through origin access control and sends security headers', () => {
    only('AWS::CloudFront::OriginAccessControl');
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Props;
    expect(config.Origins.some((origin: Props) => origin.OriginAccessControlId)).toBe(true);
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');

    const headers = resources[logicalIdOf(config.DefaultCacheBehavior.ResponseHeadersPolicyId)]?.Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig as Props;
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(JSON.stringify(headers.ContentSecurityPolicy)).toContain("frame-ancestors 'none'");
  });

  it('forwards /api/* to the HTTP API uncached, with the viewer headers but not Host', () => {
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const [apiId] = only('AWS::ApiGatewayV2::Api');
    const config = distribution.Properties.DistributionConfig as Props;
    const api = (config.CacheBehaviors as Props[]).find((behavior) => behavior.PathPattern === '/api/*');
    expect(api).toBeDefined();
    expect(api?.AllowedMethods).toEqual(expect.arrayContaining(['POST', 'PATCH', 'PUT', 'DELETE']));
    // Managed policies: CachingDisabled, AllViewerExceptHostHeader.
    expect(api?.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(api?.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    const origin = (config.Origins as Props[]).find((candidate) => candidate.Id === api?.TargetOriginId);
    expect(JSON.stringify(origin?.DomainName)).toContain(`"Ref":"${apiId}"`);
  });
});
