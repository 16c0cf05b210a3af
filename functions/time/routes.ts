import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, pageOf } from '../core/openapi.ts';
import {
  BulkResultSchema,
  CreateTimeEntrySchema,
  DeleteTimeEntryQuery,
  IdsSchema,
  IdsWithReasonSchema,
  ResolveDisputeSchema,
  StartTimerSchema,
  TimeEntryListQuery,
  TimeEntrySchema,
  TimerSchema,
  TimesheetQuery,
  TimesheetSchema,
  UpdateTimeEntrySchema,
  UsageQuery,
  UsageSchema,
} from './schemas.ts';
import * as time from './service.ts';

const EntryParams = z.object({ entryId: z.string().check(z.meta({ param: { name: 'entryId', in: 'path' } })) });
const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });

export const timeRoutes = createModuleApp();
timeRoutes.use(authenticate, idempotent);

timeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/timer',
    tags: ['Time'],
    summary: 'Your running timer, if any',
    responses: { 200: jsonContent(TimerSchema, 'The timer'), ...authedErrors(403) },
  }),
  async (c) => c.json(await time.timerOf(c.get('ctx')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/timer/start',
    tags: ['Time'],
    summary: 'Start your timer on a client (and optionally a work item); one timer per person',
    request: { headers: IdempotencyHeaders, body: jsonBody(StartTimerSchema) },
    responses: { 200: jsonContent(TimerSchema, 'The running timer'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await time.startTimer(c.get('ctx'), c.req.valid('json')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/timer/stop',
    tags: ['Time'],
    summary: 'Stop your timer into an open time entry (cut at 24 hours)',
    request: { headers: IdempotencyHeaders },
    responses: { 200: jsonContent(TimeEntrySchema, 'The new entry'), ...authedErrors(403, 409, 422) },
  }),
  async (c) => c.json(await time.stopTimer(c.get('ctx')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/time-entries',
    tags: ['Time'],
    summary: 'List time entries (agents: their own; reviewers: their client’s approved time), newest first',
    request: { query: TimeEntryListQuery },
    responses: { 200: jsonContent(pageOf(TimeEntrySchema, 'TimeEntryPage'), 'A page of entries'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await time.listEntries(c.get('ctx'), c.req.valid('query')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/time-entries',
    tags: ['Time'],
    summary: 'Record time manually; overlapping time of one person is refused (409)',
    request: { headers: IdempotencyHeaders, body: jsonBody(CreateTimeEntrySchema) },
    responses: { 201: jsonContent(TimeEntrySchema, 'The new entry'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await time.createEntry(c.get('ctx'), c.req.valid('json')), 201),
);

const bulkResponses = {
  200: jsonContent(BulkResultSchema, 'The entries as they now are'),
  ...authedErrors(400, 403, 404, 409, 413, 415, 422),
};
const moveRoute = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path,
    tags: ['Time'],
    summary,
    request: { headers: IdempotencyHeaders, body: jsonBody(IdsSchema) },
    responses: bulkResponses,
  });
const reasonedMoveRoute = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path,
    tags: ['Time'],
    summary,
    request: { headers: IdempotencyHeaders, body: jsonBody(IdsWithReasonSchema) },
    responses: bulkResponses,
  });

timeRoutes.openapi(moveRoute('/api/time-entries/submit', 'Submit open entries for approval'), async (c) =>
  c.json({ items: await time.moveEntries(c.get('ctx'), 'submit', c.req.valid('json').ids) }, 200),
);
timeRoutes.openapi(moveRoute('/api/time-entries/approve', 'Approve submitted entries (manager, owner)'), async (c) =>
  c.json({ items: await time.moveEntries(c.get('ctx'), 'approve', c.req.valid('json').ids) }, 200),
);
timeRoutes.openapi(
  reasonedMoveRoute('/api/time-entries/reject', 'Send submitted entries back to open with a reason (manager, owner)'),
  async (c) => {
    const { ids, reason } = c.req.valid('json');
    return c.json({ items: await time.moveEntries(c.get('ctx'), 'reject', ids, reason) }, 200);
  },
);
timeRoutes.openapi(
  moveRoute('/api/time-entries/client-approve', "Sign off approved entries (the client's reviewer, when the client requires it)"),
  async (c) => c.json({ items: await time.moveEntries(c.get('ctx'), 'client-approve', c.req.valid('json').ids) }, 200),
);
timeRoutes.openapi(
  reasonedMoveRoute(
    '/api/time-entries/dispute',
    "Dispute approved entries with a reason (the client's reviewer); they stay out of billing",
  ),
  async (c) => {
    const { ids, reason } = c.req.valid('json');
    return c.json({ items: await time.moveEntries(c.get('ctx'), 'dispute', ids, reason) }, 200);
  },
);
timeRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/time-entries/resolve',
    tags: ['Time'],
    summary: 'Resolve disputed entries (manager, owner): reopen them for their agent, or uphold them as billable',
    request: { headers: IdempotencyHeaders, body: jsonBody(ResolveDisputeSchema) },
    responses: {
      200: jsonContent(BulkResultSchema, 'The entries as they now are'),
      ...authedErrors(400, 403, 404, 409, 413, 415, 422),
    },
  }),
  async (c) => {
    const { ids, resolution } = c.req.valid('json');
    return c.json(
      { items: await time.moveEntries(c.get('ctx'), resolution === 'reopen' ? 'reopen-dispute' : 'uphold-dispute', ids) },
      200,
    );
  },
);

timeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/time-entries/{entryId}',
    tags: ['Time'],
    summary: 'Get a time entry (with its work item’s title)',
    request: { params: EntryParams },
    responses: { 200: jsonContent(TimeEntrySchema, 'The entry'), ...authedErrors(404) },
  }),
  async (c) => c.json(await time.getEntry(c.get('ctx'), c.req.valid('param').entryId), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/time-entries/{entryId}',
    tags: ['Time'],
    summary: 'Change an entry: agents their own open ones, managers and owners any not billed',
    request: { params: EntryParams, body: jsonBody(UpdateTimeEntrySchema) },
    responses: { 200: jsonContent(TimeEntrySchema, 'The entry as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => c.json(await time.updateEntry(c.get('ctx'), c.req.valid('param').entryId, c.req.valid('json')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/api/time-entries/{entryId}',
    tags: ['Time'],
    summary: 'Delete an entry (same rules as changing it); billed time answers 409',
    request: { params: EntryParams, query: DeleteTimeEntryQuery },
    responses: { 204: { description: 'Deleted' }, ...authedErrors(400, 403, 404, 409) },
  }),
  async (c) => {
    await time.deleteEntry(c.get('ctx'), c.req.valid('param').entryId, c.req.valid('query').version);
    return c.body(null, 204);
  },
);

timeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/timesheet',
    tags: ['Time'],
    summary: 'A week of time (Monday to Sunday, UTC) with totals per day and per client',
    request: { query: TimesheetQuery },
    responses: { 200: jsonContent(TimesheetSchema, 'The week'), ...authedErrors(400, 403) },
  }),
  async (c) => c.json(await time.timesheet(c.get('ctx'), c.req.valid('query')), 200),
);

timeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/usage',
    tags: ['Time'],
    summary: "Hours tracked, approved and billed in a month of the client's calendar, against its budget",
    request: { params: ClientParams, query: UsageQuery },
    responses: { 200: jsonContent(UsageSchema, 'The month'), ...authedErrors(400, 403, 404) },
  }),
  async (c) => c.json(await time.usage(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query').month), 200),
);
