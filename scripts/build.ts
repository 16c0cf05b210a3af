import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { modules, scheduledFunctions } from '../functions/manifest.ts';
import { BUNDLE_MAIN_FIELDS, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../infra/bundling.ts';

/**
 * Bundles every module and scheduled function in the manifest into dist/functions/<name>/index.mjs, exactly as the CDK
 * function construct does at synth (same settings, from infra/bundling.ts), and prints the sizes.
 * Everything is bundled, the AWS SDK included: the copy Lambda ships changes under us, and a
 * tree-shaken bundle cold-starts faster than resolving the runtime's full SDK.
 */
const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'dist', 'functions');

await rm(outRoot, { recursive: true, force: true });

const rows = await Promise.all(
  [...modules, ...scheduledFunctions].map(async (module) => {
    const outfile = join(outRoot, module.name, 'index.mjs');
    await build({
      entryPoints: [join(root, module.entry)],
      outfile,
      bundle: true,
      platform: 'node',
      target: BUNDLE_TARGET,
      format: 'esm',
      minify: true,
      sourcemap: true,
      mainFields: BUNDLE_MAIN_FIELDS,
      banner: { js: ESM_REQUIRE_BANNER },
      logLevel: 'warning',
    });
    const [code, map] = await Promise.all([stat(outfile), stat(`${outfile}.map`)]);
    return { module: module.name, 'bundle (KB)': kilobytes(code.size), 'source map (KB)': kilobytes(map.size) };
  }),
);

console.table(rows);
console.log(`Bundles written to ${outRoot}`);

function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
