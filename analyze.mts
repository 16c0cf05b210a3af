import { build } from 'esbuild';
for (const entry of process.argv.slice(2)) {
const result = await build({
  entryPoints: [entry], bundle: true, platform: 'node', target: 'node22', format: 'esm', minify: true,
  mainFields: ['module', 'main'], write: false, metafile: true, outdir: '/tmp/xo', logLevel: 'error',
});
const out = Object.values(result.metafile.outputs).find((o) => o.entryPoint)!;
const byPkg = new Map<string, number>();
for (const [path, info] of Object.entries(out.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  const key = m ? m[1] : path.split('/').slice(0, 2).join('/');
  byPkg.set(key, (byPkg.get(key) ?? 0) + info.bytesInOutput);
}
const total = [...byPkg.values()].reduce((a, b) => a + b, 0);
console.log(entry, 'total KB', Math.round(total / 1024));
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log('  ', Math.round(v / 1024), k);
}
