import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The portal's API types, generated from the OpenAPI document the API serves. openapi-typescript
 * builds its output with the TypeScript 5 compiler API, which TypeScript 7 (the root's `tsc`) no
 * longer has: this folder is its own small package so that it gets a TypeScript 5 of its own.
 */
export async function apiTypesSource(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: false });
  return `${HEADER}${astToString(ast)}`;
}

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api-types\`: do not edit by hand.
 * test/unit/api-types.test.ts fails when this file no longer matches the API.
 */

`;
