import { buildBundles, kilobytes } from './bundles.ts';

/**
 * `npm run build`: one esbuild bundle per function in dist/functions/, the AWS SDK bundled in (the
 * runtime's copy changes under us, and a tree-shaken bundle starts faster than the runtime's full SDK).
 */
const sizes = await buildBundles();
console.table(sizes.map((size) => ({ function: size.name, 'bundle (KB)': kilobytes(size.bytes), 'source map (KB)': kilobytes(size.mapBytes), 'assets beside it (KB)': kilobytes(size.assetBytes) })));
console.log('Bundles written to dist/functions/');
