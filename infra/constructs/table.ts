import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../table-design.ts';

/**
 * Item-level actions a request-path function needs. TransactWriteItems and TransactGetItems have no
 * IAM actions of their own: they are authorized as the Put/Update/Delete/ConditionCheck/Get inside.
 * Scan is absent on purpose: every request-path read is a Get, a Query or a BatchGet (DESIGN.md, Data).
 */
const REQUEST_PATH_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/** The tenant-keyed indexes. `sweep` is keyed by time, not tenant, and only system functions may read it. */
const REQUEST_PATH_INDEXES = TABLE_DESIGN.globalSecondaryIndexes
  .map((index) => index.indexName)
  .filter((name) => name !== 'sweep');

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

  /**
   * What a request-path module function may do: item reads and writes on the table and its
   * tenant-keyed indexes; no Scan, no sweep index. Tenant scoping of these credentials
   * (session tags and `dynamodb:LeadingKeys`, DESIGN.md rule 5) is added where the data layer
   * assumes its tenant role.
   */
  grantRequestPathAccess(grantee: IGrantable): Grant {
    const indexArns = REQUEST_PATH_INDEXES.map((name) => `${this.table.tableArn}/index/${name}`);
    return Grant.addToPrincipal({
      grantee,
      actions: REQUEST_PATH_ACTIONS,
      resourceArns: [this.table.tableArn, ...indexArns],
    });
  }
}
