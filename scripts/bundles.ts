import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
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
  return Promise.all(
    functions.map(async ({ name, entry }) => {
      const file = join(outRoot, name, 'index.mjs');
      await build({
        entryPoints: [join(projectRoot, entry)],
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
    }),
  );
}

export const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
