import { existsSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The portal's files: the Vite build in web/dist, built first when it is missing or older than any of
 * its sources. Two servers starting at once (tests, two DATA_DIRs) build once: a lock file makes the
 * second wait and then find the build current. The build goes to a fresh folder that replaces
 * web/dist in one rename, so a server already running never serves half a build.
 */
const WEB = resolve(import.meta.dirname, '../web');
const DIST = join(WEB, 'dist');
const STAMP = join(DIST, '.built');
const LOCK = join(WEB, '.build.lock');
/** What the build is made of; node_modules changes (a new React) come through package-lock.json. */
const SOURCES = [join(WEB, 'src'), join(WEB, 'public'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts'), resolve(WEB, '../package-lock.json')];
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether web/dist is missing or older than its newest source. */
export function portalBuildIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A builder that died leaves its lock behind: after a while, take it over.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** Builds the portal with Vite into web/dist (whatever its state). */
export async function buildPortal(): Promise<void> {
  const { build } = await import('vite');
  const outDir = join(WEB, `.dist-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  await build({ configFile: join(WEB, 'vite.config.ts'), root: WEB, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, '.built'), new Date().toISOString());
  const previous = join(WEB, `.dist-old-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(outDir, DIST);
  rmSync(previous, { recursive: true, force: true });
}

/** web/dist, built first when missing or stale. */
export async function webRoot(): Promise<string> {
  if (portalBuildIsStale()) {
    await withLock(async () => {
      // Another process may have built it while this one waited for the lock.
      if (!portalBuildIsStale()) return;
      console.log('Building the portal (web/dist)…');
      await buildPortal();
    });
  }
  return DIST;
}
