import fc from 'fast-check';
import type { JsonSchema } from '../support/openapi.ts';

/**
 * fast-check arbitraries of request bodies that a JSON schema (an operation's, from the OpenAPI
 * document) must refuse: each starts from a body the route accepts and breaks one thing in it, at any
 * depth: a value of the wrong type, a required field left out, an unknown field, a string past its
 * maxLength, a number outside its bounds or not an integer, a value nested thousands deep, or a body
 * that is not an object at all. Only changes the schema itself rules out are made, so every body
 * generated is invalid whatever the route's own rules are.
 */
type Path = Array<string | number>;

interface Site {
  path: Path;
  schema: JsonSchema;
  value: unknown;
}

/** The branch of a union that describes `value` (for nullable fields and discriminated unions). */
function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!options) return schema;
  return options.find((option) => option.type !== 'null' && typeAccepts(option, value) && shapeFits(option, value)) ?? schema;
}

function shapeFits(schema: JsonSchema, value: unknown): boolean {
  if (schema.type !== 'object' || value === null || typeof value !== 'object') return true;
  const properties = Object.keys(schema.properties ?? {});
  return Object.keys(value).every((name) => properties.includes(name) || schema.additionalProperties !== false);
}

/** Every place in `body` whose schema is known: the body itself, each property and each array item. */
export function sitesOf(schema: JsonSchema, body: unknown, path: Path = []): Site[] {
  const here = branchFor(schema, body);
  const sites: Site[] = [{ path, schema: here, value: body }];
  if (Array.isArray(body) && here.items) {
    body.forEach((item, index) => {
      sites.push(...sitesOf(here.items, item, [...path, index]));
    });
  } else if (body !== null && typeof body === 'object') {
    for (const [name, value] of Object.entries(body)) {
      const inner = here.properties?.[name] ?? (typeof here.additionalProperties === 'object' ? here.additionalProperties : undefined);
      if (inner) sites.push(...sitesOf(inner, value, [...path, name]));
    }
  }
  return sites;
}

const matchesType = (type: string, value: unknown): boolean => {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
};

/** Whether the schema could accept the value's type: true when unsure (no type information). */
export function typeAccepts(schema: JsonSchema, value: unknown): boolean {
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return options.some((option) => typeAccepts(option, value));
  if (schema.allOf) return (schema.allOf as JsonSchema[]).every((part) => typeAccepts(part, value));
  if ('const' in schema) return JSON.stringify(schema.const) === JSON.stringify(value);
  if (Array.isArray(schema.enum)) return schema.enum.some((option: unknown) => JSON.stringify(option) === JSON.stringify(value));
  if (schema.type === undefined) return true;
  return ([] as string[]).concat(schema.type).some((type) => matchesType(type, value));
}

/** Whether a number breaks the schema's numeric rules for certain. */
function numberViolates(schema: JsonSchema, value: number): boolean {
  if (!typeAccepts(schema, value)) return true;
  if (typeof schema.minimum === 'number' && value < schema.minimum) return true;
  if (typeof schema.maximum === 'number' && value > schema.maximum) return true;
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return true;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return true;
  return false;
}

const isNumeric = (schema: JsonSchema) => ['number', 'integer'].some((type) => ([] as string[]).concat(schema.type ?? []).includes(type));

const WRONG_TYPED: unknown[] = [null, true, false, 0, -1, 1.5, 'text', '', [], [1, 'two'], {}, { nested: { value: 1 } }];

const EXTREME_NUMBERS = [
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  1e21,
  -1e21,
  Number.MIN_VALUE,
  0.1 + 0.2,
  -0.5,
  -1,
  2 ** 31,
  -(2 ** 31) - 1,
];

function setAt(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy: any = Array.isArray(body) ? [...body] : { ...(body as object) };
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

function deleteAt(body: unknown, path: Path): unknown {
  if (path.length === 1) {
    const { [path[0] as string]: _removed, ...rest } = body as Record<string, unknown>;
    return rest;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  const copy: any = Array.isArray(body) ? [...body] : { ...(body as object) };
  copy[head] = deleteAt(copy[head], rest);
  return copy;
}

/** A value nested `depth` levels deep, as arrays or objects. */
export function deeplyNested(depth: number, asObjects: boolean): unknown {
  // Built as text: a recursive builder would itself run out of stack long before the server does.
  const open = asObjects ? '{"a":'.repeat(depth) : '['.repeat(depth);
  const close = asObjects ? '}'.repeat(depth) : ']'.repeat(depth);
  return { __rawJson: `${open}1${close}` };
}

export interface InvalidBody {
  kind: string;
  where: string;
  body: unknown;
}

/**
 * The arbitrary of invalid bodies for one operation, from a `valid` body (which the route accepts) and
 * its schema. Every kind of break that applies to this schema is in the mix.
 */
export function invalidBodies(schema: JsonSchema, valid: unknown): fc.Arbitrary<InvalidBody> {
  const sites = sitesOf(schema, valid);
  const where = (path: Path) => (path.length === 0 ? '(body)' : path.join('.'));
  const options: Array<fc.Arbitrary<InvalidBody>> = [];

  const typed = sites.flatMap((site) => WRONG_TYPED.filter((value) => !typeAccepts(site.schema, value)).map((value) => ({ site, value })));
  if (typed.length > 0) {
    options.push(fc.constantFrom(...typed).map(({ site, value }) => ({ kind: 'wrong type', where: where(site.path), body: setAt(valid, site.path, value) })));
  }

  const required = sites.flatMap((site) =>
    ((site.schema.required ?? []) as string[]).filter((name) => site.value !== null && typeof site.value === 'object' && name in site.value).map((name) => [...site.path, name]),
  );
  if (required.length > 0) {
    options.push(fc.constantFrom(...required).map((path) => ({ kind: 'missing required field', where: where(path), body: deleteAt(valid, path) })));
  }

  const closed = sites.filter((site) => site.schema.type === 'object' && site.schema.additionalProperties === false);
  if (closed.length > 0) {
    const extraName = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'tenantId', 'clientId', 'role', 'status', 'id', 'version', 'isAdmin'),
      fc.string({ minLength: 1, maxLength: 20 }),
    );
    options.push(
      fc
        .tuple(fc.constantFrom(...closed), extraName, fc.jsonValue({ maxDepth: 2 }))
        .filter(([site, name]) => !Object.hasOwn(site.schema.properties ?? {}, name))
        .map(([site, name, value]) => ({
          kind: 'unknown field',
          where: `${where(site.path)}.${name}`,
          body: setAt(valid, site.path, { ...(site.value as object), [name]: value }),
        })),
    );
  }

  const bounded = sites.filter((site) => typeof site.schema.maxLength === 'number' && typeof site.value === 'string');
  if (bounded.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...bounded), fc.integer({ min: 1, max: 600_000 }), fc.constantFrom('x', 'é', '😀', '\u0000', '"'))
        .map(([site, extra, unit]) => {
          const length = (site.schema.maxLength as number) + extra;
          return { kind: 'string too long', where: where(site.path), body: setAt(valid, site.path, unit.repeat(Math.ceil(length / unit.length))) };
        })
        // Keep it under the 1 MB body limit, so the schema (not the size) is what refuses it.
        .filter((candidate) => Buffer.byteLength(JSON.stringify(candidate.body)) < 900_000),
    );
  }

  const numeric = sites.filter((site) => isNumeric(site.schema) && EXTREME_NUMBERS.some((value) => numberViolates(site.schema, value)));
  if (numeric.length > 0) {
    const extremes = fc.oneof(fc.constantFrom(...EXTREME_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    options.push(
      fc
        .tuple(fc.constantFrom(...numeric), extremes)
        .filter(([site, value]) => Number.isFinite(value) && numberViolates(site.schema, value))
        .map(([site, value]) => ({ kind: 'number out of bounds', where: where(site.path), body: setAt(valid, site.path, value) })),
    );
  }

  const nestable = sites.filter((site) => site.path.length > 0 && !typeAccepts(site.schema, []) && !typeAccepts(site.schema, {}));
  if (nestable.length > 0) {
    options.push(
      fc
        // Up to 100,000 levels: about 600 kB as objects, under the 1 MB limit, so the schema is what refuses it.
        .tuple(fc.constantFrom(...nestable), fc.integer({ min: 50, max: 100_000 }), fc.boolean())
        .map(([site, depth, asObjects]) => ({ kind: 'deep nesting', where: where(site.path), body: setAt(valid, site.path, deeplyNested(depth, asObjects)) })),
    );
  }

  options.push(fc.constantFrom(null, [], 'a string', 42, true, [valid]).map((body) => ({ kind: 'not an object', where: '(body)', body })));
  return fc.oneof(...options).map(printable);
}

/** How fast-check reports a counterexample: the kind and place, and the body cut short (some are megabytes). */
function printable(candidate: InvalidBody): InvalidBody {
  return Object.assign(candidate, {
    [fc.toStringMethod]: () => `${candidate.kind} at ${candidate.where}: ${toJson(candidate.body).slice(0, 300)}`,
  });
}

/** JSON text for a body, splicing in pre-built text where a value was nested too deep to stringify. */
export function toJson(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_, value) => {
    if (value && typeof value === 'object' && '__rawJson' in value) {
      raws.push(value.__rawJson as string);
      return `\u0000RAW${raws.length - 1}\u0000`;
    }
    return value;
  });
  return text.replace(/"\\u0000RAW(\d+)\\u0000"/g, (_, index: string) => raws[Number(index)] as string);
}
