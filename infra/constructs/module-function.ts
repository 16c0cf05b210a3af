import { resolve } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ModuleDefinition } from '../../functions/manifest.ts';
import { BUNDLE_MAIN_FIELDS, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../bundling.ts';
import type { DocumentsBucket } from './documents-bucket.ts';
import type { BackdeskTable } from './table.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface ModuleFunctionProps {
  /** The module's manifest entry: its name and handler file. */
  module: Pick<ModuleDefinition, 'name' | 'entry'>;
  table: BackdeskTable;
  documents: DocumentsBucket;
  /** Settings the stack owns (CURSOR_SECRET, ...), added to the defaults below. */
  environment?: Record<string, string>;
}

/**
 * The one Lambda function shape every module deploys as. The defaults are fixed here, once:
 * Node 22 on arm64 (cheaper per ms than x86 and the same code), an ESM bundle with source maps,
 * a log group kept for a month, and least-privilege access to the table and the documents bucket.
 *
 * Bundling: NodejsFunction with the project's own esbuild (never Docker), using the same settings as
 * `npm run build` (infra/bundling.ts). esbuild bundles a module in well under a second, so synthesizing
 * the whole stack in a test stays fast without a separate prebuild step that could go stale; the
 * asset is what was built from the code in the tree at synth time.
 */
export class ModuleFunction extends Construct {
  readonly handler: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ModuleFunctionProps) {
    super(scope, id);
    const { module, table, documents } = props;

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });

    this.handler = new NodejsFunction(this, 'Function', {
      description: `Backdesk ${module.name} module`,
      entry: resolve(PROJECT_ROOT, module.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: resolve(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'backdesk',
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: table.tableName,
        BUCKET_NAME: documents.bucketName,
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
        // Sizes are printed by `npm run build`; synth output stays readable.
        logLevel: LogLevel.WARNING,
      },
    });

    table.grantRequestPathAccess(this.handler);
    documents.grantRequestPathAccess(this.handler);
  }
}
