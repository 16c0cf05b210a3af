import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { boot, storeIsEmpty } from './boot.ts';

/** `npm start`: the whole product on one port, seeded on an empty store. */
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');

// The portal builds (when missing or stale) while the stores start and the seed runs.
const { webRoot } = await import('./web-root.ts');
const portal = webRoot();
portal.catch(() => undefined);
const { stack, secrets } = await boot({ dataDir });
if (await storeIsEmpty()) {
  console.log('Empty store: seeding the demo data…');
  const { seedDemoData } = await import('./seed.ts');
  await seedDemoData();
}
// Imported only now: the handlers read their environment once, when first loaded.
const { createGateway } = await import('./gateway.ts');
const gateway = await createGateway({ publicJwk: secrets.publicJwk, webRoot: await portal });

const server = serve({ fetch: gateway.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, () => {
  console.log(`Backdesk is running: portal http://localhost:${port}/  API http://localhost:${port}/api  docs http://localhost:${port}/api/docs`);
  console.log(`Data in ${dataDir}. Demo users sign in with password demo-password-1 (see README).`);
});

// The scheduled functions (EventBridge rules in AWS) run on an interval here; unref'd, so they never keep the process alive.
const { scheduledFunctions } = await import('../functions/manifest.ts');
for (const scheduled of scheduledFunctions) {
  const everyMs = Number(/^rate\((\d+) minutes?\)$/.exec(scheduled.schedule)?.[1] ?? 1) * 60_000;
  const { handler } = await scheduled.load();
  setInterval(() => {
    handler({ time: new Date().toISOString() }).catch((error) => console.error(`${scheduled.name} failed:`, error));
  }, everyMs).unref();
}

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  await stack?.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
