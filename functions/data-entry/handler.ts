import { lambdaHandler } from '../core/lambda.ts';
import { dataEntryRoutes } from './routes.ts';

export const handler = lambdaHandler(dataEntryRoutes);
