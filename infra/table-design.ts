/**
 * The single table's shape, shared by the CDK table construct and the local stack so both create
 * the same thing. Key design and access patterns: docs/data-model.md.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    /** A billing invoice with the entries billed on it, in invoice order (docs/data-model.md, Billing). */
    { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    /** The one index keyed by time, not tenant: scheduled sweeps (SLA due times) read it. */
    { indexName: 'sweep', partitionKey: 'sweepPk', sortKey: 'sweepSk' },
  ],
} as const;

/** The index keyed by time that scheduled sweeps read across tenants (DESIGN.md, tenancy rule 2). */
export const SWEEP_INDEX_NAME = 'sweep';
