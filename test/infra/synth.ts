import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { BackdeskStack, type BackdeskStackProps } from '../../infra/backdesk-stack.ts';

/**
 * Synthesizes the stack with cdk.json's feature flags and hands back its CloudFormation template:
 * what AWS would be told to build, with no account needed. Bundling is skipped unless asked for
 * (esbuild takes a few seconds per function); bundles.test.ts is the one that builds them.
 */

/** CloudFormation JSON, typed as JSON.parse gives it and read field by field in the tests. */
export type Props = Record<string, ReturnType<typeof JSON.parse>>;
export interface Resource {
  Type: string;
  Properties: Props;
  DeletionPolicy?: string;
  DependsOn?: string[];
}

const root = resolve(import.meta.dirname, '../..');
const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };

/** The manifest lists no scheduled function yet; the tests deploy this one so the schedule is covered. */
export const STUB_SCHEDULED = [
  { name: 'sla-sweep', entry: 'test/infra/fixtures/scheduled-stub.ts', schedule: 'rate(1 minute)' },
];

export interface Synthesized {
  app: App;
  stack: BackdeskStack;
  template: Template;
  resources: Record<string, Resource>;
  assemblyDir: string;
  cleanup: () => void;
}

export function synthesize(options: { bundle?: boolean; stackProps?: BackdeskStackProps; alter?: (stack: BackdeskStack) => void } = {}): Synthesized {
  // A directory of our own, outside the project: no node_modules above the bundles, and removed after.
  const assemblyDir = mkdtempSync(join(tmpdir(), 'backdesk-synth-'));
  const context = { ...cdkJson.context, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) };
  const app = new App({ context, outdir: assemblyDir });
  const stack = new BackdeskStack(app, 'BackdeskTest', options.stackProps ?? { scheduledFunctions: STUB_SCHEDULED });
  options.alter?.(stack);
  // fromStack also fails on a dependency cycle between resources.
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  return {
    app,
    stack,
    template,
    resources,
    assemblyDir,
    cleanup: () => rmSync(assemblyDir, { recursive: true, force: true }),
  };
}

export function ofType(resources: Record<string, Resource>, type: string): [string, Resource][] {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}

export function only(resources: Record<string, Resource>, type: string): [string, Resource] {
  const found = ofType(resources, type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0] as [string, Resource];
}

export function logicalIdOf(ref: unknown): string {
  const value = ref as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  const id = value.Ref ?? value['Fn::GetAtt']?.[0];
  if (!id) throw new Error(`Not a Ref or GetAtt: ${JSON.stringify(ref)}`);
  return id;
}

export function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when an IAM action pattern (`dynamodb:*`, `dynamodb:Sc*`, `*`) covers `action`. */
export function actionCovers(pattern: string, action: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.'))
    .join('.*');
  return new RegExp(`^${regex}$`, 'i').test(action);
}

/** A function's name from its description: `Backdesk billing module`, `Backdesk sla-sweep scheduled function`. */
export function functionName(resources: Record<string, Resource>, logicalId: string): string {
  const description = resources[logicalId]?.Properties.Description as string;
  const match = /^Backdesk (\S+) (module|scheduled function)$/.exec(description);
  if (!match?.[1]) throw new Error(`Function ${logicalId} has no Backdesk description`);
  return match[1];
}

/** Identity policies attached to a role: inline, and AWS::IAM::Policy resources that name it. */
export function statementsOfRole(resources: Record<string, Resource>, roleId: string): Props[] {
  const role = resources[roleId];
  const inline = asArray(role?.Properties.Policies as Props[]).map((policy) => policy.PolicyDocument);
  const attached = ofType(resources, 'AWS::IAM::Policy')
    .filter(([, policy]) => asArray(policy.Properties.Roles).some((ref) => logicalIdOf(ref) === roleId))
    .map(([, policy]) => policy.Properties.PolicyDocument);
  return [...inline, ...attached].flatMap((document: Props) => asArray(document.Statement as Props[]));
}

/** Every Allow statement of every identity policy in the template. */
export function allowStatements(resources: Record<string, Resource>): Props[] {
  const documents = [
    ...ofType(resources, 'AWS::IAM::Policy').map(([, policy]) => policy.Properties.PolicyDocument),
    ...ofType(resources, 'AWS::IAM::ManagedPolicy').map(([, policy]) => policy.Properties.PolicyDocument),
    ...ofType(resources, 'AWS::IAM::Role').flatMap(([, role]) =>
      asArray(role.Properties.Policies as Props[]).map((policy) => policy.PolicyDocument),
    ),
  ] as Props[];
  return documents.flatMap((document) => asArray(document.Statement as Props[])).filter((s) => s.Effect === 'Allow');
}

/** The role a function runs as. */
export function roleOfFunction(resources: Record<string, Resource>, functionId: string): string {
  return logicalIdOf(resources[functionId]?.Properties.Role);
}
