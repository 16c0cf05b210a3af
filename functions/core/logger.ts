import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger. Nothing logs request bodies or headers, so tokens and passwords never reach
 * a log line; request logs carry method, route, status and the caller's ids only.
 */
export const logger = new Logger({
  serviceName: 'backdesk',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? (process.env.VITEST ? 'SILENT' : 'INFO'),
});
