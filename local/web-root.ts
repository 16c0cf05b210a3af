import { resolve } from 'node:path';

/** The portal's files. Issue 6 replaces this with a Vite build (built first when missing or stale). */
export async function webRoot(): Promise<string> {
  return resolve(import.meta.dirname, '../web');
}
