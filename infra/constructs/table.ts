import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { SWEEP_INDEX_NAME, TABLE_DESIGN } from '../table-design.ts';

/** The indexes keyed by tenant. `sweep` is keyed by time, not tenant, and only system functions read it. */
const TENANT_INDEX_NAMES = TABLE_DESIGN.globalSecondaryIndexes
  .map((index) => index.indexName)
  .filter((name) => name !== SWEEP_INDEX_NAME);

/**
 * Every partition key a request touches (each key of a BatchGetItem, each item of a transaction) must
 * match `pattern`. ForAllValues is true of an empty set, so the key is also required to be present: a
 * request that names no key is refused rather than let through.
 */
export function leadingKeysCondition(pattern: string) {
  return {
    'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [pattern] },
    Null: { 'dynamodb:LeadingKeys': 'false' },
  };
}

/**
 * The identity provider's own records, outside every tenant (functions/core/keys.ts `identityKeys`):
 * with Cognito, the signup idempotency record `IDP#SIGNUP#...`; locally, logins and attempt counters.
 */
const IDENTITY_LEADING_KEYS = 'IDP#*';
const IDENTITY_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * The single table, built from TABLE_DESIGN so that AWS and the local stack create the same shape.
 * Retained and deletion-protected: losing it loses every tenant's data.
 */
export class BackdeskTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TABLE_DESIGN.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_DESIGN.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /** The tenant-keyed indexes, which the tenant-access role may query. */
  get tenantIndexNames(): string[] {
    return [...TENANT_INDEX_NAMES];
  }

  /**
   * The control plane's one direct access: items whose partition key starts with `IDP#` (signup runs
   * before its tenant exists, so its idempotency record cannot live under one). Tenant data goes
   * through the tenant-access role like every other module's.
   */
  grantIdentityRecordAccess(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: IDENTITY_ITEM_ACTIONS,
      resourceArns: [this.table.tableArn],
      conditions: leadingKeysCondition(IDENTITY_LEADING_KEYS),
    });
  }

  /**
   * A system function's cross-tenant read: Query on the `sweep` index, nothing else. It writes what it
   * finds through the tenant-access role, one tenant at a time.
   */
  grantSweepQuery(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: [`${this.table.tableArn}/index/${SWEEP_INDEX_NAME}`],
    });
  }
}
