import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, committedApiArtifacts, currentApiArtifacts, OPENAPI_FILE } from '../../scripts/api-types/generate.ts';

describe('the generated API artifacts', () => {
  it('match the route configs, so the served OpenAPI document, the portal and the API cannot drift', async () => {
    const [committed, current] = await Promise.all([committedApiArtifacts(), currentApiArtifacts()]);
    expect(JSON.parse(current.openApi).paths['/api/clients']).toBeDefined();
    expect(current.apiTypes).toContain('export interface paths');
    // Booleans, not the two 10,000-line strings: the message says what to do.
    expect(committed.openApi === current.openApi, `${OPENAPI_FILE} is stale: run \`npm run api-types\` and commit it`).toBe(true);
    expect(committed.apiTypes === current.apiTypes, `${API_TYPES_FILE} is stale: run \`npm run api-types\` and commit it`).toBe(true);
  });
});
