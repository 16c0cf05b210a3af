import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray traces (Powertools): a segment per invocation with the route and status as annotations.
 * Off outside Lambda, where there is no X-Ray daemon to send to.
 */
export const tracer = new Tracer({ serviceName: 'backdesk', enabled: Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) });
