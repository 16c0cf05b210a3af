import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';

/** The real send, taken before any mock replaces it on the prototype. */
const realSend = DynamoDBDocumentClient.prototype.send as (command: unknown) => Promise<unknown>;

/**
 * Every command reaches DynamoDB Local, but each transaction first asks `fault`, with its attempt number
 * (from 1): it fails with the error returned, or goes through when there is none. `stub.restore()` ends it.
 */
export function faultyTransactions(fault: (attempt: number) => Error | undefined) {
  const stub = mockClient(DynamoDBDocumentClient) as unknown as AwsStub<object, never, unknown>;
  (stub.send as unknown as { callThrough: () => void }).callThrough();
  let attempts = 0;
  stub.on(TransactWriteCommand as never).callsFake(async (input: unknown, getClient: () => unknown) => {
    attempts += 1;
    const error = fault(attempts);
    if (error) throw error;
    return realSend.call(getClient(), new TransactWriteCommand(input as never));
  });
  return { stub, attempts: () => attempts };
}
