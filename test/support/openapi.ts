import { api } from './api.ts';

/**
 * The served OpenAPI document (GET /api/openapi.json) as a list of operations, for the generated
 * suites: they walk every operation the API documents, so a new route is tested (or fails for want
 * of a recipe) without anyone remembering to add it.
 */
export type JsonSchema = Record<string, any>;

export interface Operation {
  /** `METHOD /path`, as in the manifest: `POST /api/clients/{clientId}/invoices`. */
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Path parameters, in the order they appear. */
  params: string[];
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
  /** The JSON request body, with every `$ref` resolved. */
  body?: { required: boolean; schema: JsonSchema };
  isPublic: boolean;
}

let cached: Promise<{ document: JsonSchema; operations: Operation[] }> | undefined;

export function loadOperations(): Promise<{ document: JsonSchema; operations: Operation[] }> {
  cached ??= (async () => {
    const response = await api('GET', '/api/openapi.json');
    if (response.status !== 200) throw new Error(`openapi.json: ${response.status}`);
    const document = response.body as JsonSchema;
    const operations: Operation[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, JsonSchema>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const parameters = (operation.parameters ?? []) as JsonSchema[];
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        operations.push({
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase() as Operation['method'],
          path,
          params: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
          query: parameters
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => ({ name: parameter.name, required: parameter.required === true, schema: resolveRefs(document, parameter.schema ?? {}) })),
          ...(bodySchema ? { body: { required: operation.requestBody.required === true, schema: resolveRefs(document, bodySchema) } } : {}),
          isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        });
      }
    }
    return { document, operations };
  })();
  return cached;
}

/** Inlines `#/components/...` references (the schemas are not recursive, so this terminates). */
export function resolveRefs(document: JsonSchema, schema: unknown, depth = 0): any {
  if (depth > 50) throw new Error('Schema nested too deeply (a recursive $ref?)');
  if (Array.isArray(schema)) return schema.map((item) => resolveRefs(document, item, depth + 1));
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = (schema as JsonSchema).$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<any>((node, part) => node?.[part], document);
    if (target === undefined) throw new Error(`Unresolved ${ref}`);
    return resolveRefs(document, target, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([name, value]) => [name, resolveRefs(document, value, depth + 1)]));
}

/** A path template with its parameters filled in. */
export function fillPath(template: string, ids: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = ids[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
