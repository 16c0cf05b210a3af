import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { apiTypesSource } from './index.ts';

/**
 * The generated API artifacts, both committed and kept current by test/unit/api-types.test.ts:
 * the OpenAPI document the api-docs function serves, and the portal's types made from it.
 */
export const OPENAPI_FILE = resolve(import.meta.dirname, '../../functions/api-docs/openapi.json');
export const API_TYPES_FILE = resolve(import.meta.dirname, '../../web/src/api/schema.d.ts');

export interface ApiArtifacts {
  openApi: string;
  apiTypes: string;
}

/** The OpenAPI document the route configs produce today, and the portal types from it. */
export async function currentApiArtifacts(): Promise<ApiArtifacts> {
  // Building the document reads no configuration, but importing the modules validates it (core/env.ts).
  process.env.CURSOR_SECRET ??= 'openapi-document-only-no-cursors-are-signed';
  const { openApiDocument } = await import(pathToFileURL(await bundleDocumentModule()).href);
  return { openApi: `${JSON.stringify(openApiDocument, null, 2)}\n`, apiTypes: await apiTypesSource(openApiDocument) };
}

const DOCUMENT_MODULE = resolve(import.meta.dirname, '../../node_modules/.cache/backdesk/openapi-document.mjs');

/**
 * functions/api-docs/document.ts, bundled with `zod/mini` swapped for classic zod (zod-classic.ts), the
 * flavour the document generator reads. Packages stay external, so zod-to-openapi and the schemas share
 * one zod. Written under node_modules/.cache so that those packages resolve from the bundle.
 */
async function bundleDocumentModule(): Promise<string> {
  await build({
    entryPoints: [resolve(import.meta.dirname, '../../functions/api-docs/document.ts')],
    outfile: DOCUMENT_MODULE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { 'zod/mini': resolve(import.meta.dirname, 'zod-classic.ts') },
    logLevel: 'warning',
  });
  return DOCUMENT_MODULE;
}

/** The committed artifacts ('' for a missing file). */
export async function committedApiArtifacts(): Promise<ApiArtifacts> {
  const read = (file: string) => readFile(file, 'utf8').catch(() => '');
  const [openApi, apiTypes] = await Promise.all([read(OPENAPI_FILE), read(API_TYPES_FILE)]);
  return { openApi, apiTypes };
}

// `npm run api-types` writes both files; `npm run api-types -- --check` only says whether they are current.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [current, committed] = await Promise.all([currentApiArtifacts(), committedApiArtifacts()]);
  const files = [
    { file: OPENAPI_FILE, current: current.openApi, committed: committed.openApi },
    { file: API_TYPES_FILE, current: current.apiTypes, committed: committed.apiTypes },
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(({ current, committed }) => current !== committed);
    for (const { file } of stale) console.error(`${file} is stale: run npm run api-types`);
    if (stale.length > 0) process.exit(1);
    console.log('The OpenAPI document and the API types are current.');
  } else {
    for (const { file, current } of files) {
      await writeFile(file, current);
      console.log(`Wrote ${file}`);
    }
  }
}
