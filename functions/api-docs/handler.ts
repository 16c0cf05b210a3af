import { lambdaHandler } from '../core/lambda.ts';
import { apiDocsRoutes } from './routes.ts';

export const handler = lambdaHandler(apiDocsRoutes);
