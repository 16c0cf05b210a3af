import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { logger } from './logger.ts';
import { metrics } from './metrics.ts';

/**
 * A module's Lambda export: API Gateway HTTP API (v2) events into the module's hono app, with the
 * Powertools logger wrapped around it. hono's onError has already turned domain errors into the
 * contract's JSON; this outer layer catches anything that escaped it so no request ends without one.
 *
 * No Powertools tracer: it brings the X-Ray SDK (~120 KB of every bundle with cls-hooked and semver)
 * for a handler subsegment and two annotations. Lambda's active tracing still records each
 * invocation in X-Ray; the route and status are in the log line below, the access log and the metrics.
 */
// biome-ignore lint/suspicious/noExplicitAny: any module app, whatever its environment type
export function lambdaHandler(app: Hono<any, any, any>) {
  const honoHandler = handle(app) as unknown as (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use({
      after: (request) => {
        const result = request.response as { statusCode?: number } | undefined;
        const status = result?.statusCode ?? 200;
        metrics.addMetric('requests', MetricUnit.Count, 1);
        if (status >= 500) metrics.addMetric('serverErrors', MetricUnit.Count, 1);
        else if (status >= 400) metrics.addMetric('clientErrors', MetricUnit.Count, 1);
        logger.info('request', {
          method: request.event.requestContext?.http?.method,
          route: request.event.routeKey,
          status: result?.statusCode,
          tenantId: request.event.requestContext?.authorizer?.jwt?.claims?.['custom:tenantId'],
          userId: request.event.requestContext?.authorizer?.jwt?.claims?.sub,
        });
      },
      onError: (request) => {
        logger.error('Unhandled error in handler', { error: request.error as Error });
        metrics.addMetric('serverErrors', MetricUnit.Count, 1);
        request.response = {
          statusCode: 500,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side' } }),
        };
      },
    })
    .handler((event, context) => honoHandler(event, context));
}
