import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { errorResponses, IdempotencyHeaders, jsonBody, jsonContent } from '../core/openapi.ts';
import { LoginSchema, SessionSchema, SignupResultSchema, SignupSchema } from './schemas.ts';
import * as controlPlane from './service.ts';

/** The routes that need no token: health, sign-in (local identity provider) and signup. */
export const controlPlaneRoutes = createModuleApp();

controlPlaneRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/health',
    tags: ['Platform'],
    summary: 'Liveness',
    security: [],
    responses: { 200: jsonContent(z.object({ status: z.literal('ok') }).check(z.meta({ id: 'Health' })), 'The API is up') },
  }),
  (c) => c.json({ status: 'ok' as const }, 200),
);

controlPlaneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/auth/login',
    tags: ['Identity'],
    summary: 'Sign in with the local identity provider (AWS deployments use Cognito)',
    description: 'Failed attempts are limited per email; past the limit the email answers 429 with Retry-After.',
    security: [],
    request: { body: jsonBody(LoginSchema) },
    responses: {
      200: jsonContent(SessionSchema, 'A token and who it is for'),
      ...errorResponses(400, 401, 413, 415, 429, 503),
    },
  }),
  async (c) => {
    const { email, password } = c.req.valid('json');
    return c.json(await controlPlane.login(email, password), 200);
  },
);

controlPlaneRoutes.use('/api/signup', idempotent);
controlPlaneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/signup',
    tags: ['Identity'],
    summary: 'Create a new firm (tenant) and its owner',
    security: [],
    request: { headers: IdempotencyHeaders, body: jsonBody(SignupSchema) },
    responses: {
      201: jsonContent(SignupResultSchema, 'The new firm, its owner, and a token for them'),
      ...errorResponses(400, 409, 413, 415, 422, 503),
    },
  }),
  async (c) => c.json(await controlPlane.signup(c.req.valid('json')), 201),
);
