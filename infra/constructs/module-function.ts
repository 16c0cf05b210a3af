import { resolve } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_ALIAS, BUNDLE_MAIN_FIELDS, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../bundling.ts';
import type { TenantAccess } from './tenant-access.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The Powertools settings every function shares (logger, metrics). */
export const POWERTOOLS_ENVIRONMENT = {
  POWERTOOLS_SERVICE_NAME: 'backdesk',
  POWERTOOLS_METRICS_NAMESPACE: 'Backdesk',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  // functions/core/logger.ts reads LOG_LEVEL.
  LOG_LEVEL: 'INFO',
};

export interface ModuleFunctionProps {
  /** The module's or system function's name and its handler file, from functions/manifest.ts. */
  module: { name: string; entry: string; assets?: string[] };
  /** What the function is, in the console: `Backdesk billing module`. */
  description?: string;
  /** Settings the stack owns (TABLE_NAME, CURSOR_SECRET, IDENTITY_PROVIDER, ...), added to the defaults below. */
  environment?: Record<string, string>;
  /** 10 seconds by default: the API answers or fails well before API Gateway's 30-second limit. */
  timeout?: Duration;
}

/**
 * The one Lambda function shape every module and system function deploys as. The defaults are fixed
 * here, once: Node 24 on arm64 (cheaper per ms than x86 and the same code), an ESM bundle with source
 * maps, X-Ray active tracing (Lambda's own segments for each invocation; no tracer in the code, see
 * core/lambda.ts), the Powertools environment, and a log group kept for a month.
 *
 * Permissions start at nothing but writing its own log group (a role of its own rather than the
 * AWSLambdaBasicExecutionRole managed policy, which may create and write any log group). Data access is
 * added where the function is wired: `actThroughTenantAccess` for tenant data, and the stack's few direct
 * grants (the control plane's identity records, the sweep's index, Cognito admin calls).
 *
 * Bundling: NodejsFunction with the project's own esbuild (never Docker), using the same settings as
 * `npm run build` (infra/bundling.ts), so the asset is what was built from the code in the tree at
 * synth time.
 */
export class ModuleFunction extends Construct {
  readonly name: string;
  readonly handler: NodejsFunction;
  readonly role: IRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ModuleFunctionProps) {
    super(scope, id);
    const { module } = props;
    this.name = module.name;

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Backdesk ${module.name}: its own logs, then only what the stack grants`,
    });
    this.logGroup.grantWrite(role);
    this.role = role;

    this.handler = new NodejsFunction(this, 'Function', {
      description: props.description ?? `Backdesk ${module.name} module`,
      entry: resolve(PROJECT_ROOT, module.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: resolve(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        mainFields: BUNDLE_MAIN_FIELDS,
        banner: ESM_REQUIRE_BANNER,
        // The SDK is bundled, not taken from the runtime: a pinned, tree-shaken copy that cannot
        // change under a deployed function.
        bundleAwsSDK: true,
        // Local bundling runs esbuild in projectRoot, where BUNDLE_ALIAS paths resolve.
        esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIAS).map(([from, to]) => `${from}=${to}`) },
        // Sizes are printed by `npm run build`; synth output stays readable.
        logLevel: LogLevel.WARNING,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => (module.assets ?? []).map((asset) => `cp "${inputDir}/${asset}" "${outputDir}/"`),
        },
      },
    });

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
  }

  /**
   * Tenancy rule 5: the data layer assumes the tenant-access role per tenant (TENANT_ACCESS_ROLE_ARN),
   * and this function's role may assume it, tagging the session.
   */
  actThroughTenantAccess(tenantAccess: TenantAccess): void {
    this.handler.addEnvironment('TENANT_ACCESS_ROLE_ARN', tenantAccess.roleArn);
    tenantAccess.role.grant(this.role, 'sts:AssumeRole', 'sts:TagSession');
  }
}
