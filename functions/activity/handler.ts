import { lambdaHandler } from '../core/lambda.ts';
import { activityRoutes } from './routes.ts';

export const handler = lambdaHandler(activityRoutes);
