import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { apiTypesSource } from './index.ts';

/** Where the portal's generated API types live (committed; the unit test keeps them current). */
export const API_TYPES_FILE = resolve(import.meta.dirname, '../../web/src/api/schema.d.ts');

/** The types the API's current OpenAPI document produces. */
export async function currentApiTypes(): Promise<string> {
  // Building the document reads no configuration, but importing the modules validates it (core/env.ts).
  process.env.CURSOR_SECRET ??= 'openapi-document-only-no-cursors-are-signed';
  const { openApiDocument } = await import('../../functions/api-docs/routes.ts');
  return apiTypesSource(openApiDocument);
}

/** The committed types, or '' when the file is missing. */
export async function committedApiTypes(): Promise<string> {
  return readFile(API_TYPES_FILE, 'utf8').catch(() => '');
}

// `npm run api-types` writes the file; `npm run api-types -- --check` only says whether it is current.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const generated = await currentApiTypes();
  if (process.argv.includes('--check')) {
    if (generated !== (await committedApiTypes())) {
      console.error(`${API_TYPES_FILE} is stale: run npm run api-types`);
      process.exit(1);
    }
    console.log('The API types are current.');
  } else {
    await writeFile(API_TYPES_FILE, generated);
    console.log(`Wrote ${API_TYPES_FILE}`);
  }
}
