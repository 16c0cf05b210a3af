import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_ADMIN_ACTIONS } from '../../infra/constructs/auth.ts';
import { TENANT_ITEM_ACTIONS, TENANT_OBJECT_ACTIONS } from '../../infra/constructs/tenant-access.ts';
import {
  actionCovers,
  allowStatements,
  asArray,
  functionName,
  logicalIdOf,
  ofType,
  only,
  type Props,
  type Resource,
  roleOfFunction,
  STUB_SCHEDULED,
  type Synthesized,
  statementsOfRole,
  synthesize,
} from './synth.ts';

/**
 * Tenancy rule 5 on the synthesized template: functions reach tenant data only through the
 * tenant-access role, whose policy is held to the session's tenant by `dynamodb:LeadingKeys` and an S3
 * prefix, both read from the `tenantId` principal tag. The checks below are functions of the template,
 * and each is also run on a deliberately broken stack to show that it fails when it should.
 */
let synth: Synthesized;
let resources: Record<string, Resource>;

beforeAll(() => {
  synth = synthesize();
  resources = synth.resources;
});
afterAll(() => synth?.cleanup());

const SWEEP = STUB_SCHEDULED[0]?.name as string;
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, written as IAM reads it
const TENANT_TAG_VARIABLE = '${aws:PrincipalTag/tenantId}';

function tenantRole(from: Record<string, Resource>): [string, Resource] {
  const found = ofType(from, 'AWS::IAM::Role').filter(([id]) => id.startsWith('TenantAccessRole'));
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
}

/** Each function by name, with the id of the role it runs as. */
function functionRoles(from: Record<string, Resource>): { name: string; roleId: string }[] {
  return ofType(from, 'AWS::Lambda::Function').map(([id]) => ({ name: functionName(from, id), roleId: roleOfFunction(from, id) }));
}

const actionsOf = (statement: Props): string[] => asArray(statement.Action as string | string[]);
const touches = (statement: Props, service: string) =>
  actionsOf(statement).some((action) => action === '*' || action.toLowerCase().startsWith(`${service}:`));

/**
 * Every Allow statement that gives a function's own role DynamoDB or S3 access, by function. The
 * expected ones are the control plane's identity records and the sweep's index query; nothing else.
 */
function directDataGrants(from: Record<string, Resource>): { name: string; statement: Props }[] {
  return functionRoles(from).flatMap(({ name, roleId }) =>
    statementsOfRole(from, roleId)
      .filter((statement) => statement.Effect === 'Allow' && (touches(statement, 'dynamodb') || touches(statement, 's3')))
      .map((statement) => ({ name, statement })),
  );
}

/** The actions anywhere in the template that would allow a Scan or any table-level DynamoDB action. */
function scanOrWildcardActions(from: Record<string, Resource>): string[] {
  // Bucket, queue and topic policies; identity policies come from allowStatements.
  const resourcePolicies = Object.values(from)
    .filter((resource) => !resource.Type.startsWith('AWS::IAM::'))
    .flatMap((resource) => asArray(resource.Properties?.PolicyDocument?.Statement as Props[]));
  const trust = ofType(from, 'AWS::IAM::Role').flatMap(([, role]) => asArray(role.Properties.AssumeRolePolicyDocument.Statement as Props[]));
  return [...allowStatements(from), ...resourcePolicies, ...trust]
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap(actionsOf)
    .filter((action) => actionCovers(action, 'dynamodb:Scan') || actionCovers(action, 'dynamodb:DeleteTable'));
}

const tableId = () => only(resources, 'AWS::DynamoDB::Table')[0];
const documentsBucketId = () =>
  ofType(resources, 'AWS::S3::Bucket').find(([, bucket]) => bucket.Properties.CorsConfiguration)?.[0] as string;
const tableArn = () => ({ 'Fn::GetAtt': [tableId(), 'Arn'] });
const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn(), `/index/${name}`]] });

describe('the tenant-access role', () => {
  it('trusts exactly the function roles, and only with one tenantId tag shaped like a ULID', () => {
    const [, role] = tenantRole(resources);
    const statements = role.Properties.AssumeRolePolicyDocument.Statement as Props[];
    expect(statements.length).toBeGreaterThan(0);
    const trusted = new Set<string>();
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(new Set(actionsOf(statement))).toEqual(new Set(['sts:AssumeRole', 'sts:TagSession']));
      expect(statement.Condition).toEqual({
        StringLike: { 'aws:RequestTag/tenantId': '?'.repeat(26) },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['tenantId'] },
      });
      expect(Object.keys(statement.Principal)).toEqual(['AWS']);
      for (const principal of asArray(statement.Principal.AWS)) trusted.add(logicalIdOf(principal));
    }
    expect([...trusted].sort()).toEqual(functionRoles(resources).map((fn) => fn.roleId).sort());
  });

  it('reaches only items whose partition key starts with T#<the session tag>, on the table and the tenant indexes', () => {
    const [roleId] = tenantRole(resources);
    const statements = statementsOfRole(resources, roleId);
    const dynamo = statements.filter((statement) => touches(statement, 'dynamodb'));
    expect(dynamo).toHaveLength(1);
    const [statement] = dynamo as [Props];
    expect(statement.Effect).toBe('Allow');
    expect(new Set(actionsOf(statement))).toEqual(new Set(TENANT_ITEM_ACTIONS));
    expect(statement.Resource).toEqual([tableArn(), indexArn('gsi1'), indexArn('gsi2'), indexArn('gsi3'), indexArn('gsi4')]);
    expect(statement.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`T#${TENANT_TAG_VARIABLE}*`] },
      // ForAllValues alone is true of a request with no key at all.
      Null: { 'dynamodb:LeadingKeys': 'false' },
    });
  });

  it("reaches only documents under tenants/<the session tag>/, and nothing at bucket level", () => {
    const [roleId] = tenantRole(resources);
    const s3 = statementsOfRole(resources, roleId).filter((statement) => touches(statement, 's3'));
    expect(s3).toHaveLength(1);
    const [statement] = s3 as [Props];
    expect(new Set(actionsOf(statement))).toEqual(new Set(TENANT_OBJECT_ACTIONS));
    expect(statement.Resource).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [documentsBucketId(), 'Arn'] }, `/tenants/${TENANT_TAG_VARIABLE}/*`]],
    });
    expect(statement.Condition).toBeUndefined();
  });

  it('has nothing else: no other service, no other statement', () => {
    const [roleId, role] = tenantRole(resources);
    expect(statementsOfRole(resources, roleId)).toHaveLength(2);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('is what every function may assume, tagging the session, and names it in TENANT_ACCESS_ROLE_ARN', () => {
    const [roleId] = tenantRole(resources);
    for (const [functionId, fn] of ofType(resources, 'AWS::Lambda::Function')) {
      expect(fn.Properties.Environment.Variables.TENANT_ACCESS_ROLE_ARN).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
      const assume = statementsOfRole(resources, roleOfFunction(resources, functionId)).filter((statement) => touches(statement, 'sts'));
      expect(assume, functionId).toEqual([
        { Action: ['sts:AssumeRole', 'sts:TagSession'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [roleId, 'Arn'] } },
      ]);
    }
  });
});

describe("the functions' own roles", () => {
  it('hold no table or bucket grant but the control plane’s identity records and the sweep’s index query', () => {
    const grants = directDataGrants(resources);
    expect(grants.map((grant) => grant.name).sort()).toEqual(['control-plane', SWEEP]);

    const controlPlane = grants.find((grant) => grant.name === 'control-plane')?.statement as Props;
    expect(controlPlane.Resource).toEqual(tableArn());
    expect(controlPlane.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['IDP#*'] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
    });
    expect(new Set(actionsOf(controlPlane))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem']),
    );

    const sweep = grants.find((grant) => grant.name === SWEEP)?.statement as Props;
    expect(actionsOf(sweep)).toEqual(['dynamodb:Query']);
    expect(sweep.Resource).toEqual(indexArn('sweep'));
  });

  it('never reach the sweep index except the scheduled function', () => {
    const roles = functionRoles(resources).filter((fn) => fn.name !== SWEEP);
    for (const { name, roleId } of roles) {
      expect(JSON.stringify(statementsOfRole(resources, roleId)), name).not.toContain('/index/sweep');
    }
    const [tenantRoleId] = tenantRole(resources);
    expect(JSON.stringify(statementsOfRole(resources, tenantRoleId))).not.toContain('/index/sweep');
    expect(JSON.stringify(allowStatements(resources))).not.toContain('/index/*');
  });

  it('call Cognito admin actions only from signup/sign-in and member administration, on the pool alone', () => {
    const [poolId] = only(resources, 'AWS::Cognito::UserPool');
    const cognito = functionRoles(resources).flatMap(({ name, roleId }) =>
      statementsOfRole(resources, roleId)
        .filter((statement) => touches(statement, 'cognito-idp'))
        .map((statement) => ({ name, statement })),
    );
    expect(cognito.map((grant) => grant.name).sort()).toEqual(['control-plane', 'members']);
    for (const { name, statement } of cognito) {
      expect(statement.Resource, name).toEqual({ 'Fn::GetAtt': [poolId, 'Arn'] });
      const expected = name === 'control-plane' ? IDENTITY_ADMIN_ACTIONS.onboarding : IDENTITY_ADMIN_ACTIONS.memberAdministration;
      expect(new Set(actionsOf(statement)), name).toEqual(new Set(expected));
    }
  });
});

describe('anywhere in the template', () => {
  it('no policy allows a Scan or a DynamoDB wildcard', () => {
    expect(allowStatements(resources).some((statement) => touches(statement, 'dynamodb'))).toBe(true);
    expect(scanOrWildcardActions(resources)).toEqual([]);
  });
});

describe('the checks fail when the policy is broken', () => {
  /** The synthesized template with statements added to a role's policy: what a careless change would synthesize. */
  function withStatements(roleId: string, statements: Props[]): Record<string, Resource> {
    const copy = structuredClone(resources);
    const [, policy] = ofType(copy, 'AWS::IAM::Policy').find(([, candidate]) =>
      asArray(candidate.Properties.Roles).some((ref) => logicalIdOf(ref) === roleId),
    ) ?? [];
    if (!policy) throw new Error(`no policy attached to ${roleId}`);
    policy.Properties.PolicyDocument.Statement.push(...statements);
    return copy;
  }
  const roleOf = (name: string) => functionRoles(resources).find((fn) => fn.name === name)?.roleId as string;

  it('a module function with a table or bucket grant is found', () => {
    const tableGrant = withStatements(roleOf('clients'), [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: tableArn() }]);
    expect(directDataGrants(tableGrant).map((grant) => grant.name)).toContain('clients');
    const bucketGrant = withStatements(roleOf('billing'), [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }]);
    expect(directDataGrants(bucketGrant).map((grant) => grant.name)).toContain('billing');
  });

  it('a Scan and a DynamoDB wildcard are found, on any role', () => {
    const [tenantRoleId] = tenantRole(resources);
    const broken = withStatements(tenantRoleId, [
      { Effect: 'Allow', Action: ['dynamodb:Scan'], Resource: tableArn() },
      { Effect: 'Allow', Action: 'dynamodb:*', Resource: tableArn() },
    ]);
    expect(scanOrWildcardActions(broken)).toEqual(expect.arrayContaining(['dynamodb:Scan', 'dynamodb:*']));
  });
});
