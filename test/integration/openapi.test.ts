import { describe, expect, it } from 'vitest';
import { modules } from '../../functions/manifest.ts';
import { api } from '../support/api.ts';

const manifestRoutes = modules.flatMap((module) => module.routes).filter((route) => !route.startsWith('GET /api/openapi.json') && !route.startsWith('GET /api/docs'));

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents exactly the routes the gateway serves', async () => {
    const response = await api('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const documented = Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...manifestRoutes].sort());
  });

  it('gives every operation its error responses in the contract shape', async () => {
    const { body } = await api('GET', '/api/openapi.json');
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((s) => s.startsWith('2')), `${method} ${path}`).toBe(true);
        if (path !== '/api/health') expect(statuses.some((s) => s.startsWith('4')), `${method} ${path}`).toBe(true);
        const isPublic = operation.security !== undefined && operation.security.length === 0;
        const manifestModule = modules.find((m) => m.routes.includes(`${method.toUpperCase()} ${path}`));
        expect(isPublic, `${method} ${path} public`).toBe(manifestModule?.public === true);
      }
    }
    expect(body.components.schemas.Error).toBeDefined();
  });

  it('serves interactive docs at /api/docs', async () => {
    const response = await api('GET', '/api/docs');
    expect(response.status).toBe(200);
    expect(String(response.body)).toContain('/api/openapi.json');
  });

  it('an unknown route answers 404 in the contract shape', async () => {
    const response = await api('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});
