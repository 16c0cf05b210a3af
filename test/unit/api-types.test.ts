import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, committedApiTypes, currentApiTypes } from '../../scripts/api-types/generate.ts';

describe('the portal’s API types', () => {
  it('match the OpenAPI document the API serves, so the portal and the API cannot drift', async () => {
    const [committed, current] = await Promise.all([committedApiTypes(), currentApiTypes()]);
    expect(current).toContain('export interface paths');
    // A boolean, not the two 10,000-line strings: the message says what to do.
    expect(committed === current, `${API_TYPES_FILE} is stale: run \`npm run api-types\` and commit it`).toBe(true);
  });
});
