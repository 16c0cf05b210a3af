import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, ListQuerySchema, pageOf } from '../core/openapi.ts';
import {
  AssignmentsSchema,
  InvitedMemberSchema,
  InviteMemberSchema,
  MemberSchema,
  MeSchema,
  PutAssignmentsSchema,
  UpdateMemberSchema,
} from './schemas.ts';
import * as members from './service.ts';

const MemberParams = z.object({ userId: z.string().check(z.meta({ param: { name: 'userId', in: 'path' } })) });
const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });

export const memberRoutes = createModuleApp();
memberRoutes.use(authenticate, idempotent);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/me',
    tags: ['Identity'],
    summary: 'Who you are signed in as, and your firm',
    responses: { 200: jsonContent(MeSchema, 'You and your firm'), ...authedErrors() },
  }),
  async (c) => c.json(await members.me(c.get('ctx')), 200),
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/members',
    tags: ['Members'],
    summary: "List the firm's members (owner, manager)",
    request: { query: ListQuerySchema },
    responses: { 200: jsonContent(pageOf(MemberSchema, 'MemberPage'), 'A page of members'), ...authedErrors(400, 403) },
  }),
  async (c) => c.json(await members.listMembers(c.get('ctx'), c.req.valid('query')), 200),
);

memberRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/members',
    tags: ['Members'],
    summary: 'Invite an agent, manager, owner or client reviewer (owner)',
    request: { headers: IdempotencyHeaders, body: jsonBody(InviteMemberSchema) },
    responses: {
      201: jsonContent(InvitedMemberSchema, 'The new member'),
      ...authedErrors(400, 403, 409, 413, 415, 422),
    },
  }),
  async (c) => c.json(await members.inviteMember(c.get('ctx'), c.req.valid('json')), 201),
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/members/{userId}',
    tags: ['Members'],
    summary: 'Get a member (owner, manager; anyone may read themselves)',
    request: { params: MemberParams },
    responses: { 200: jsonContent(MemberSchema, 'The member'), ...authedErrors(403, 404) },
  }),
  async (c) => c.json(await members.getMember(c.get('ctx'), c.req.valid('param').userId), 200),
);

memberRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/members/{userId}',
    tags: ['Members'],
    summary: 'Rename, change role, or deactivate a member (owner); `version` must be current',
    request: { params: MemberParams, body: jsonBody(UpdateMemberSchema) },
    responses: {
      200: jsonContent(MemberSchema, 'The member as they now are'),
      ...authedErrors(400, 403, 404, 409, 413, 415),
    },
  }),
  async (c) => c.json(await members.updateMember(c.get('ctx'), c.req.valid('param').userId, c.req.valid('json')), 200),
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/assignments',
    tags: ['Members'],
    summary: 'The agents assigned to a client (owner, manager)',
    request: { params: ClientParams },
    responses: { 200: jsonContent(AssignmentsSchema, 'The assignments'), ...authedErrors(403, 404) },
  }),
  async (c) => c.json(await members.getAssignments(c.get('ctx'), c.req.valid('param').clientId), 200),
);

memberRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/api/clients/{clientId}/assignments',
    tags: ['Members'],
    summary: "Replace a client's assigned agents (owner, manager)",
    request: { params: ClientParams, body: jsonBody(PutAssignmentsSchema) },
    responses: {
      200: jsonContent(AssignmentsSchema, 'The assignments as they now are'),
      ...authedErrors(400, 403, 404, 409, 413, 415),
    },
  }),
  async (c) =>
    c.json(await members.setAssignments(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json').agentIds), 200),
);
