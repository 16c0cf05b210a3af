import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import {
  type ModuleDefinition,
  modules as manifestModules,
  type ScheduledFunctionDefinition,
  scheduledFunctions as manifestScheduledFunctions,
} from '../functions/manifest.ts';
import { AccessLogs } from './constructs/access-logs.ts';
import { Api } from './constructs/api.ts';
import { Auth, type IdentityAdminRole } from './constructs/auth.ts';
import { DocumentsBucket } from './constructs/documents-bucket.ts';
import { ModuleFunction } from './constructs/module-function.ts';
import { Monitoring, pascalCase } from './constructs/monitoring.ts';
import { ScheduledFunction } from './constructs/scheduled-function.ts';
import { BackdeskTable } from './constructs/table.ts';
import { TenantAccess } from './constructs/tenant-access.ts';
import { Web } from './constructs/web.ts';

export interface BackdeskStackProps extends StackProps {
  /** The modules to deploy; the manifest's by default. */
  modules?: Pick<ModuleDefinition, 'name' | 'entry' | 'routes' | 'public'>[];
  /** The scheduled system functions to deploy; the manifest's by default. */
  scheduledFunctions?: Pick<ScheduledFunctionDefinition, 'name' | 'entry' | 'schedule'>[];
  /** An address subscribed to the alarm topic. */
  alarmEmail?: string;
}

/**
 * The modules that call Cognito's admin API (functions/core/identity/cognito-provider.ts), and which
 * calls. Every other function has no Cognito permission at all.
 */
const IDENTITY_ADMINS: Record<string, IdentityAdminRole> = {
  'control-plane': 'onboarding',
  members: 'memberAdministration',
};

/** The module that owns signup, whose idempotency record lives outside any tenant (`IDP#SIGNUP#...`). */
const CONTROL_PLANE = 'control-plane';

/**
 * Backdesk in one stack: the table, the documents bucket, Cognito, one function per module, the
 * scheduled system functions, the tenant-access role they reach data through, the HTTP API in front
 * of them, the portal's distribution in front of it all, and the alarms and dashboard that watch it.
 * Environment-agnostic, so it synthesizes with no AWS account; the account and region come from the deploy.
 */
export class BackdeskStack extends Stack {
  readonly functions: Map<string, ModuleFunction>;
  readonly scheduled: Map<string, ScheduledFunction>;
  readonly table: BackdeskTable;
  readonly documents: DocumentsBucket;
  readonly auth: Auth;
  readonly tenantAccess: TenantAccess;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: BackdeskStackProps = {}) {
    super(scope, id, props);
    const modules = props.modules ?? manifestModules;
    const scheduledDefinitions = props.scheduledFunctions ?? manifestScheduledFunctions;

    // The HMAC key for list cursors (functions/core/env.ts reads CURSOR_SECRET). NoEcho keeps it out of
    // CloudFormation's console and API; it is still readable in the function's configuration by anyone
    // allowed lambda:GetFunctionConfiguration. Reading it from Secrets Manager at cold start instead
    // needs a change in core/env.ts. Deploy with `--parameters CursorSecret=$(openssl rand -hex 32)`.
    const cursorSecret = new CfnParameter(this, 'CursorSecret', {
      type: 'String',
      noEcho: true,
      minLength: 32,
      description: 'HMAC key for list cursors, at least 32 characters',
    });

    const table = new BackdeskTable(this, 'Data');
    const accessLogs = new AccessLogs(this, 'AccessLogs');
    const documents = new DocumentsBucket(this, 'Documents', { accessLogs: accessLogs.bucket });
    const auth = new Auth(this, 'Auth');
    this.table = table;
    this.documents = documents;
    this.auth = auth;

    // What every function reads at cold start (functions/core/env.ts). No function holds a grant on the
    // table or the bucket: tenant data is reached through the tenant-access role (below).
    const environment = {
      TABLE_NAME: table.tableName,
      BUCKET_NAME: documents.bucketName,
      CURSOR_SECRET: cursorSecret.valueAsString,
      IDENTITY_PROVIDER: 'cognito',
      COGNITO_USER_POOL_ID: auth.userPool.userPoolId,
      COGNITO_CLIENT_ID: auth.portalClient.userPoolClientId,
    };

    this.functions = new Map(
      modules.map((module) => [
        module.name,
        new ModuleFunction(this, `${pascalCase(module.name)}Module`, { module, environment }),
      ]),
    );
    this.scheduled = new Map(
      scheduledDefinitions.map((definition) => [
        definition.name,
        new ScheduledFunction(this, `${pascalCase(definition.name)}Schedule`, { definition, environment }),
      ]),
    );
    const allFunctions = [...this.functions.values(), ...[...this.scheduled.values()].map((s) => s.function)];

    this.tenantAccess = new TenantAccess(this, 'TenantAccess', {
      table,
      documents,
      trustedRoles: allFunctions.map((fn) => fn.role),
    });
    for (const fn of allFunctions) fn.actThroughTenantAccess(this.tenantAccess);

    // The few direct grants, each where the code needs it.
    const controlPlane = this.functions.get(CONTROL_PLANE);
    if (controlPlane) table.grantIdentityRecordAccess(controlPlane.role);
    for (const [name, role] of Object.entries(IDENTITY_ADMINS)) {
      const fn = this.functions.get(name);
      if (fn) auth.grantIdentityAdmin(fn.role, role);
    }
    for (const { function: fn } of this.scheduled.values()) table.grantSweepQuery(fn.role);

    const api = new Api(this, 'Api', {
      userPool: auth.userPool,
      portalClient: auth.portalClient,
      modules: modules.map((module) => ({ module, handler: requireFunction(this.functions, module.name).handler })),
    });

    const web = new Web(this, 'Web', { httpApi: api.httpApi, accessLogs: accessLogs.bucket });
    documents.allowPresignedAccessFrom(web.origin);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      httpApi: api.httpApi,
      functions: allFunctions,
      deadLetterQueues: [...this.scheduled.entries()].map(([name, s]) => ({ name, queue: s.deadLetterQueue })),
      table: table.table,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });

    new CfnOutput(this, 'PortalUrl', { value: web.origin });
    new CfnOutput(this, 'ApiEndpoint', { value: api.endpoint, description: 'The HTTP API itself, without CloudFront' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.portalClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: documents.bucketName });
    new CfnOutput(this, 'WebBucketName', { value: web.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: web.distribution.distributionId });
    new CfnOutput(this, 'TenantAccessRoleArn', { value: this.tenantAccess.roleArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.alarmTopic.topicArn });
  }
}

function requireFunction(functions: Map<string, ModuleFunction>, name: string): ModuleFunction {
  const fn = functions.get(name);
  if (!fn) throw new Error(`No function for module ${name}`);
  return fn;
}
