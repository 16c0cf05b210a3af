import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { modules, scheduledFunctions } from '../functions/manifest.ts';
import { BUNDLE_ALIAS, BUNDLE_MAIN_FIELDS, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../infra/bundling.ts';

export interface BundleSize {
  name: string;
  file: string;
  bytes: number;
  mapBytes: number;
}

export const projectRoot = resolve(import.meta.dirname, '..');

/**
 * Bundles every function (each module, each scheduled function) into `<outRoot>/<name>/index.mjs`
 * with the settings the CDK function construct uses (infra/bundling.ts), so sizes here are deployed sizes.
 */
export async function buildBundles(outRoot = join(projectRoot, 'dist', 'functions')): Promise<BundleSize[]> {
  await rm(outRoot, { recursive: true, force: true });
  const functions = [...modules, ...scheduledFunctions].map(({ name, entry }) => ({ name, entry }));
  return Promise.all(functions.map(({ name, entry }) => bundle(name, { entryPoints: [join(projectRoot, entry)] }, outRoot)));
}

/**
 * The AWS SDK part every function needs, bundled alone with the same settings: the DynamoDB document
 * client (the calls the data layer makes) and STS (tenant-scoped credentials), nothing else. What a
 * function weighs beyond this figure is Backdesk's own code and its libraries.
 */
export async function buildSdkFloor(outRoot: string): Promise<BundleSize> {
  const contents = [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';",
    "import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';",
    'const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    'const sts = new STSClient({});',
    'export const handler = (input) => Promise.all([db.send(new GetCommand(input)), db.send(new QueryCommand(input)), db.send(new TransactWriteCommand(input)), db.send(new UpdateCommand(input)), sts.send(new AssumeRoleCommand(input))]);',
  ].join('\n');
  return bundle('sdk-floor', { stdin: { contents, resolveDir: projectRoot, loader: 'js' } }, outRoot);
}

async function bundle(name: string, input: Pick<BuildOptions, 'entryPoints' | 'stdin'>, outRoot: string): Promise<BundleSize> {
  const file = join(outRoot, name, 'index.mjs');
  await build({
    ...input,
    outfile: file,
    bundle: true,
    platform: 'node',
    target: BUNDLE_TARGET,
    format: 'esm',
    minify: true,
    sourcemap: true,
    mainFields: BUNDLE_MAIN_FIELDS,
    banner: { js: ESM_REQUIRE_BANNER },
    alias: BUNDLE_ALIAS,
    // BUNDLE_ALIAS paths are relative to the project root, as when the CDK runs esbuild.
    absWorkingDir: projectRoot,
    logLevel: 'warning',
  });
  const [code, map] = await Promise.all([stat(file), stat(`${file}.map`)]);
  return { name, file, bytes: code.size, mapBytes: map.size };
}

export const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
