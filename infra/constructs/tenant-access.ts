import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import {
  ArnPrincipal,
  CompositePrincipal,
  type IRole,
  PolicyStatement,
  Role,
  SessionTagsPrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { DocumentsBucket } from './documents-bucket.ts';
import { type BackdeskTable, leadingKeysCondition } from './table.ts';

/** The session tag the data layer passes (functions/core/tenant-credentials.ts) and the policy reads. */
export const TENANT_TAG = 'tenantId';
const TENANT = `\${aws:PrincipalTag/${TENANT_TAG}}`;

/** Every tenant key starts with `T#<tenantId>` (functions/core/keys.ts): the tenant's own item, `T#<id>#...` the rest. */
export const TENANT_LEADING_KEYS = `T#${TENANT}*`;
/** Every document key starts with `tenants/<tenantId>/` (functions/core/keys.ts). */
export const TENANT_OBJECT_PATTERN = `tenants/${TENANT}/*`;

/**
 * A tenant id is a ULID: exactly 26 characters. The trust policy holds the tag to that length, since a
 * shorter tag such as `01J` would turn `T#01J*` into a prefix of every tenant whose id starts that way.
 * (Tag values cannot contain `*` or `?`, so the tag itself can never widen the pattern.)
 */
const ULID_SHAPED = '?'.repeat(26);

/**
 * The item actions the data layer uses. TransactWriteItems and TransactGetItems have no IAM actions of
 * their own: each item inside is authorized as the Put/Update/Delete/ConditionCheck/Get it is.
 * BatchWriteItem is left out because the data layer never uses it. Never Scan (DESIGN.md, Data).
 */
export const TENANT_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];

/** What a presigned document URL can carry; no listing, no bucket-level action. */
export const TENANT_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'];

export interface TenantAccessProps {
  table: BackdeskTable;
  documents: DocumentsBucket;
  /** The function roles that may assume it: every module function and the system functions. */
  trustedRoles: IRole[];
}

/**
 * Tenancy rule 5: the role the data layer assumes for each request, with the request's tenant as the
 * `tenantId` session tag. Its policy reaches only DynamoDB items whose partition key starts with
 * `T#<tag>` (on the table and the tenant-keyed indexes, never the `sweep` index) and S3 objects under
 * `tenants/<tag>/`, so a bug in the layers above (a key built for the wrong tenant) fails with
 * AccessDenied instead of reaching another firm's data. Only the trusted function roles may assume it,
 * and only with exactly one tag, `tenantId`, shaped like a tenant id.
 */
export class TenantAccess extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: TenantAccessProps) {
    super(scope, id);
    const { table, documents, trustedRoles } = props;
    if (trustedRoles.length === 0) throw new Error('TenantAccess needs at least one role to trust');

    // sts:TagSession is evaluated alongside sts:AssumeRole whenever tags are passed; holding both to the
    // same conditions also refuses an AssumeRole with no tag at all.
    const functions = new CompositePrincipal(...trustedRoles.map((role) => new ArnPrincipal(role.roleArn)));
    this.role = new Role(this, 'Role', {
      description: 'Backdesk data access for one tenant at a time (session tag tenantId)',
      assumedBy: new SessionTagsPrincipal(
        functions.withConditions({
          StringLike: { [`aws:RequestTag/${TENANT_TAG}`]: ULID_SHAPED },
          'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_TAG] },
        }),
      ),
      // The data layer asks for 15 minutes and renews before expiry.
      maxSessionDuration: Duration.hours(1),
    });

    const tenantIndexArns = table.tenantIndexNames.map((name) => `${table.table.tableArn}/index/${name}`);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'TenantItems',
        actions: TENANT_ITEM_ACTIONS,
        resources: [table.table.tableArn, ...tenantIndexArns],
        conditions: leadingKeysCondition(TENANT_LEADING_KEYS),
      }),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'TenantDocuments',
        actions: TENANT_OBJECT_ACTIONS,
        resources: [documents.bucket.arnForObjects(TENANT_OBJECT_PATTERN)],
      }),
    );
    // cdk-nag names the finding by the bucket's logical id.
    const bucketLogicalId = Stack.of(this).getLogicalId(documents.bucket.node.defaultChild as CfnBucket);
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/tenants/<aws:PrincipalTag/${TENANT_TAG}>/*]`,
      reason: "The wildcard is each tenant's own prefix: a session reaches the objects under tenants/<its tenantId>/ and no others.",
    });
  }

  get roleArn(): string {
    return this.role.roleArn;
  }
}
