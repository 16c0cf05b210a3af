import { resolve } from 'node:path';
import { boot, resetTable, storeIsEmpty } from './boot.ts';

/** `npm run seed` seeds an empty store; `npm run seed -- --reset` empties it first. Stop `npm start` before. */
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const { stack } = await boot({ dataDir });
try {
  if (process.argv.includes('--reset')) await resetTable();
  if (await storeIsEmpty()) {
    const { seedDemoData } = await import('./seed.ts');
    await seedDemoData();
    console.log('Seeded the demo data.');
  } else {
    console.log('The store already holds data; use --reset to start over.');
  }
} finally {
  await stack?.stop();
}
