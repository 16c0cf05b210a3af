import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type ModuleDefinition, modules as manifestModules } from '../functions/manifest.ts';
import { Api } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { DocumentsBucket } from './constructs/documents-bucket.ts';
import { ModuleFunction } from './constructs/module-function.ts';
import { BackdeskTable } from './constructs/table.ts';
import { Web } from './constructs/web.ts';

export interface BackdeskStackProps extends StackProps {
  /** The modules to deploy; the manifest's by default. */
  modules?: Pick<ModuleDefinition, 'name' | 'entry' | 'routes' | 'public'>[];
}

/**
 * Backdesk in one stack: the table, the documents bucket, Cognito, one function per module, the
 * HTTP API in front of them, and the portal's distribution in front of it all. Environment-agnostic,
 * so it synthesizes with no AWS account; the account and region come from the deploy.
 */
export class BackdeskStack extends Stack {
  readonly functions: Map<string, ModuleFunction>;

  constructor(scope: Construct, id: string, props: BackdeskStackProps = {}) {
    super(scope, id, props);
    const modules = props.modules ?? manifestModules;

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
    const documents = new DocumentsBucket(this, 'Documents');
    const auth = new Auth(this, 'Auth');

    this.functions = new Map(
      modules.map((module) => [
        module.name,
        new ModuleFunction(this, `${pascalCase(module.name)}Module`, {
          module,
          table,
          documents,
          environment: { CURSOR_SECRET: cursorSecret.valueAsString },
        }),
      ]),
    );

    const api = new Api(this, 'Api', {
      userPool: auth.userPool,
      portalClient: auth.portalClient,
      modules: modules.map((module) => ({ module, handler: requireFunction(this.functions, module.name).handler })),
    });

    const web = new Web(this, 'Web', { httpApi: api.httpApi });
    documents.allowPresignedAccessFrom(web.origin);

    new CfnOutput(this, 'PortalUrl', { value: web.origin });
    new CfnOutput(this, 'ApiEndpoint', { value: api.endpoint, description: 'The HTTP API itself, without CloudFront' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.portalClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: documents.bucketName });
    new CfnOutput(this, 'WebBucketName', { value: web.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: web.distribution.distributionId });
  }
}

function requireFunction(functions: Map<string, ModuleFunction>, name: string): ModuleFunction {
  const fn = functions.get(name);
  if (!fn) throw new Error(`No function for module ${name}`);
  return fn;
}

/** `control-plane` → `ControlPlane`, for readable logical ids. */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
