import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../functions/manifest.ts';
import { TENANCY_ATTRIBUTES } from '../../infra/constructs/auth.ts';
import { TABLE_DESIGN } from '../../infra/table-design.ts';
import {
  asArray,
  functionName,
  logicalIdOf,
  ofType as ofTypeIn,
  only as onlyIn,
  type Props,
  type Resource,
  STUB_SCHEDULED,
  type Synthesized,
  synthesize,
} from './synth.ts';

/**
 * The stack's resources and their properties, construct by construct: table, buckets, functions, API,
 * Cognito and the portal, and cdk-nag over all of it. IAM and tenancy: tenant-access.test.ts; alarms,
 * dashboard and the schedule: operations.test.ts; the bundles themselves: bundles.test.ts.
 */
let synth: Synthesized;
let resources: Record<string, Resource>;
const ofType = (type: string) => ofTypeIn(resources, type);
const only = (type: string) => onlyIn(resources, type);

beforeAll(() => {
  // cdk-nag registered as infra/app.ts registers it: synthesis throws on any unacknowledged finding.
  synth = synthesize({
    alter: (stack) => Validations.of(stack.node.root).addPlugins(new AwsSolutionsChecks(stack.node.root)),
  });
  resources = synth.resources;
});

afterAll(() => synth?.cleanup());

const moduleFunctions = () => ofType('AWS::Lambda::Function').filter(([, fn]) => fn.Properties.Description.endsWith(' module'));

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
    expect(names).toEqual(expect.arrayContaining(['gsi1', 'gsi2', 'gsi3', 'gsi4', 'sweep']));
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
  const documentsBucket = () => ofType('AWS::S3::Bucket').find(([, bucket]) => bucket.Properties.CorsConfiguration);
  const accessLogBucketId = () => logicalIdOf(documentsBucket()?.[1].Properties.LoggingConfiguration.DestinationBucketName);

  it('block all public access, are encrypted, and deny any request not over TLS', () => {
    const buckets = ofType('AWS::S3::Bucket');
    // Documents, the portal, and the access logs of both.
    expect(buckets).toHaveLength(3);
    for (const [bucketId, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, bucketId).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption, bucketId).toBeDefined();

      const policies = ofType('AWS::S3::BucketPolicy').filter(([, policy]) => logicalIdOf(policy.Properties.Bucket) === bucketId);
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
    const [documentsId, documents] = documentsBucket() ?? [];
    expect(documents, 'a bucket with a CORS rule').toBeDefined();
    const rules = documents?.Properties.LifecycleConfiguration.Rules as Props[];
    expect(rules.some((rule) => rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation === 1)).toBe(true);
    expect(documents?.DeletionPolicy).toBe('Retain');

    const cors = documents?.Properties.CorsConfiguration.CorsRules as Props[];
    expect(cors).toHaveLength(1);
    expect(cors[0]?.AllowedMethods).toEqual(expect.arrayContaining(['PUT', 'GET']));
    const [distributionId] = only('AWS::CloudFront::Distribution');
    expect(cors[0]?.AllowedOrigins).toEqual([{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] }]);

    for (const [, fn] of ofType('AWS::Lambda::Function')) {
      expect(logicalIdOf(fn.Properties.Environment.Variables.BUCKET_NAME)).toBe(documentsId);
    }
  });

  it('the documents and portal buckets write S3 access logs to a log bucket that expires them', () => {
    const logsId = accessLogBucketId();
    const others = ofType('AWS::S3::Bucket').filter(([id]) => id !== logsId);
    expect(others).toHaveLength(2);
    for (const [id, bucket] of others) {
      expect(logicalIdOf(bucket.Properties.LoggingConfiguration?.DestinationBucketName), id).toBe(logsId);
    }
    const logs = resources[logsId];
    expect(logs?.Properties.LoggingConfiguration).toBeUndefined();
    expect(((logs?.Properties.LifecycleConfiguration.Rules ?? []) as Props[]).some((rule) => rule.ExpirationInDays > 0)).toBe(true);
    expect(logs?.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  });
});

describe('the functions', () => {
  it('are one per manifest module and one per scheduled function', () => {
    const names = ofType('AWS::Lambda::Function').map(([id]) => functionName(resources, id));
    expect(names.sort()).toEqual([...modules.map((module) => module.name), ...STUB_SCHEDULED.map((fn) => fn.name)].sort());
  });

  it('run Node 24 on arm64, traced, with the shared environment', () => {
    const [tableId] = only('AWS::DynamoDB::Table');
    const [poolId] = only('AWS::Cognito::UserPool');
    const [clientId] = only('AWS::Cognito::UserPoolClient');
    const [tenantRoleId] = ofType('AWS::IAM::Role').find(([id]) => id.startsWith('TenantAccessRole')) ?? [];
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      const props = fn.Properties;
      expect(props.Runtime, id).toBe('nodejs24.x');
      expect(props.Architectures, id).toEqual(['arm64']);
      expect(props.MemorySize, id).toBe(512);
      expect(props.Handler, id).toBe('index.handler');
      expect(props.TracingConfig, id).toEqual({ Mode: 'Active' });
      const variables = props.Environment.Variables as Props;
      expect(variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(logicalIdOf(variables.TABLE_NAME)).toBe(tableId);
      expect(variables.CURSOR_SECRET).toEqual({ Ref: 'CursorSecret' });
      expect(variables.IDENTITY_PROVIDER, id).toBe('cognito');
      expect(variables.COGNITO_USER_POOL_ID, id).toEqual({ Ref: poolId });
      expect(variables.COGNITO_CLIENT_ID, id).toEqual({ Ref: clientId });
      expect(variables.TENANT_ACCESS_ROLE_ARN, id).toEqual({ 'Fn::GetAtt': [tenantRoleId, 'Arn'] });
    }
  });

  it('answer API requests within 10 seconds', () => {
    for (const [id, fn] of moduleFunctions()) expect(fn.Properties.Timeout, id).toBe(10);
  });

  it('carry the Powertools environment: service, metrics namespace, log level', () => {
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      expect(fn.Properties.Environment.Variables, id).toMatchObject({
        POWERTOOLS_SERVICE_NAME: 'backdesk',
        POWERTOOLS_METRICS_NAMESPACE: 'Backdesk',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        LOG_LEVEL: 'INFO',
      });
    }
  });

  it('take the cursor secret from a NoEcho parameter of at least 32 characters', () => {
    synth.template.hasParameter('CursorSecret', { Type: 'String', NoEcho: true, MinLength: 32 });
  });

  it('each log to a log group of their own, kept for a month', () => {
    const functions = ofType('AWS::Lambda::Function');
    const logGroupIds = functions.map(([, fn]) => logicalIdOf(fn.Properties.LoggingConfig?.LogGroup));
    expect(new Set(logGroupIds).size).toBe(functions.length);
    for (const id of logGroupIds) {
      expect(resources[id]?.Type).toBe('AWS::Logs::LogGroup');
      expect(resources[id]?.Properties.RetentionInDays).toBe(30);
    }
  });

  it('each run as a role of their own, with no managed policy', () => {
    const roleIds = ofType('AWS::Lambda::Function').map(([, fn]) => logicalIdOf(fn.Properties.Role));
    expect(new Set(roleIds).size).toBe(roleIds.length);
    for (const id of roleIds) {
      const role = resources[id];
      expect(role?.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
      ]);
      expect(role?.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });
});

describe('the HTTP API', () => {
  const routes = () => ofType('AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties as Props & { RouteKey: string });

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
        expect(functionName(resources, logicalIdOf(integration?.Properties.IntegrationUri)), routeKey).toBe(module.name);
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
    // The contract's public routes, and no others.
    const publicRoutes = routes().filter((route) => route.AuthorizationType === 'NONE').map((route) => route.RouteKey);
    expect(publicRoutes).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/signup', 'POST /api/auth/login']));
    expect(publicRoutes.every((key) => modules.some((module) => module.public && module.routes.includes(key)))).toBe(true);
  });

  it('throttles the default stage and logs every request', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.AutoDeploy).toBe(true);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    const destination = logicalIdOf(stage.Properties.AccessLogSettings.DestinationArn);
    expect(resources[destination]?.Type).toBe('AWS::Logs::LogGroup');
    expect(stage.Properties.AccessLogSettings.Format).toContain('$context.status');
  });
});

describe('Cognito', () => {
  it('keeps tenantId and userId immutable and users out of self sign-up', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    const schema = pool.Properties.Schema as Props[];
    for (const name of TENANCY_ATTRIBUTES) {
      expect(schema.find((attribute) => attribute.Name === name), name).toBeDefined();
    }
    expect(schema.find((attribute) => attribute.Name === 'tenantId')?.Mutable).toBe(false);
    expect(schema.find((attribute) => attribute.Name === 'userId')?.Mutable).toBe(false);
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('does not let the portal client write the tenant, user, role or client attributes, but lets it read them', () => {
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

  it('allows the admin password flow the sign-in route uses, and SRP for the browser', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    expect(client.Properties.ExplicitAuthFlows).toEqual(
      expect.arrayContaining(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
    );
    expect(client.Properties.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
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

/** Every acknowledgement in the stack: rule id, reason, and where it was made. */
function acknowledgements(stack: Stack): { path: string; rule: string; reason: string }[] {
  return stack.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({ path: construct.node.path, rule, reason })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the stack, errors or warnings, scheduled function included', () => {
    // Synthesis with the plugin registered did not throw (beforeAll); the report says the same in detail.
    const report = new AwsSolutionsChecks().validateScope(synth.stack);
    const findings = report.violations.map(
      (violation) => `${violation.severity} ${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(synth.stack.scheduled.size).toBeGreaterThan(0);
  });

  it('has a reason for every acknowledgement', () => {
    const acknowledged = acknowledgements(synth.stack);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, rule, reason } of acknowledged) {
      expect(rule, path).toMatch(/AwsSolutions-[A-Z]+\d+/);
      // A sentence that says why, not a placeholder.
      expect(reason.trim().length, `${rule} at ${path}`).toBeGreaterThan(40);
    }
  });

  it('acknowledges IAM5 wildcards only for X-Ray and the tenant prefix, never a DynamoDB action', () => {
    const wildcards = acknowledgements(synth.stack).filter(({ rule }) => rule.includes('IAM5'));
    for (const { rule } of wildcards) {
      expect(rule).toMatch(/IAM5\[Resource::\*\]|IAM5\[Resource::<\w+\.Arn>\/tenants\/<aws:PrincipalTag\/tenantId>\/\*\]/);
    }
  });

  it('fails synthesis on a finding nobody acknowledged', () => {
    const app = new App();
    const stack = new Stack(app, 'Careless');
    new Queue(stack, 'PlainQueue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => Template.fromStack(stack)).toThrow(/AwsSolutions-SQS4/);
  });
});
