import { copyFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { modules, scheduledFunctions } from '../functions/manifest.ts';
import { BUNDLE_ALIAS, BUNDLE_MAIN_FIELDS, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../infra/bundling.ts';

export interface BundleSize {
  name: string;
  file: string;
  bytes: number;
  mapBytes: number;
  /** Files deployed beside the bundle and read at run time (the manifest's `assets`), not code. */
  assetBytes: number;
  /** Minified bytes in the bundle by where they come from (see BUNDLE_PARTS). */
  parts: Record<BundlePart, number>;
}

/** Where a bundle's bytes come from, by the path of each input file; the first that matches wins. */
const BUNDLE_PARTS = [
  ['AWS SDK', /node_modules\/(@aws-sdk|@smithy|@aws\/|mnemonist|obliterator|fast-xml-parser|strnum|tslib|uuid)/],
  ['zod', /node_modules\/zod\//],
  ['hono', /node_modules\/hono\//],
  ['Powertools', /node_modules\/@aws-lambda-powertools\//],
  ['Backdesk', /^(functions|infra)\//],
  ['other libraries', /./],
] as const;
export type BundlePart = (typeof BUNDLE_PARTS)[number][0];
export const BUNDLE_PART_NAMES = BUNDLE_PARTS.map(([name]) => name);

export const projectRoot = resolve(import.meta.dirname, '..');

/**
 * Bundles every function (each module, each scheduled function) into `<outRoot>/<name>/index.mjs`
 * with the settings the CDK function construct uses (infra/bundling.ts), so sizes here are deployed sizes.
 */
export async function buildBundles(outRoot = join(projectRoot, 'dist', 'functions')): Promise<BundleSize[]> {
  await rm(outRoot, { recursive: true, force: true });
  const functions = [...modules, ...scheduledFunctions].map((definition) => ({ assets: [], ...definition }));
  return Promise.all(functions.map(({ name, entry, assets }) => bundle(name, { entryPoints: [join(projectRoot, entry)] }, outRoot, assets)));
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

async function bundle(name: string, input: Pick<BuildOptions, 'entryPoints' | 'stdin'>, outRoot: string, assets: string[] = []): Promise<BundleSize> {
  const file = join(outRoot, name, 'index.mjs');
  const { metafile } = await build({
    ...input,
    metafile: true,
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
  // Beside the bundle, as the CDK function construct puts them.
  await Promise.all(assets.map((asset) => copyFile(join(projectRoot, asset), join(dirname(file), basename(asset)))));
  const [code, map, ...assetFiles] = await Promise.all([stat(file), stat(`${file}.map`), ...assets.map((asset) => stat(join(projectRoot, asset)))]);
  const parts = Object.fromEntries(BUNDLE_PART_NAMES.map((part) => [part, 0])) as Record<BundlePart, number>;
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = BUNDLE_PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other libraries';
      parts[part] += bytesInOutput;
    }
  }
  const assetBytes = assetFiles.reduce((sum, asset) => sum + asset.size, 0);
  return { name, file, bytes: code.size, mapBytes: map.size, assetBytes, parts };
}

export const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
