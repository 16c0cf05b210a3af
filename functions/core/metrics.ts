import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * CloudWatch metrics in the embedded metric format (Powertools): requests and errors per module.
 * Off outside Lambda (POWERTOOLS_METRICS_DISABLED), where nothing would collect them.
 */
export const metrics = new Metrics({ namespace: 'Backdesk', serviceName: 'backdesk' });
