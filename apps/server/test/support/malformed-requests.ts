import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/**
 * Malformed requests for every operation of an OpenAPI document: broken and wrongly typed bodies,
 * missing and oversized fields, bad path parameters and bad query strings. Each request is valid
 * everywhere except where it is meant to be wrong, so it reaches the check it aims at.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

export interface MalformedRequest {
  method: string;
  /** The route as documented, e.g. `PUT /api/records/{id}`. */
  route: string;
  /** What is wrong with this request, for the failure message. */
  flaw: string;
  url: string;
  contentType?: string;
  body?: string;
}

const BODY_LIMIT_BYTES = 256 * 1024;
const SEED = 20_261_204;

/** A value the schema accepts, as far as a sample can tell (patterns aside). */
export function sampleFor(schema: JsonSchema | undefined): unknown {
  if (!schema) return 'x';
  if (schema.enum?.length) return schema.enum[0];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (branch) return sampleFor(branch);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date(0).toISOString();
      return 'A'.repeat(Math.max(schema.minLength ?? 1, 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleFor(schema.items));
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => schema.required?.includes(name))
          .map(([name, property]) => [name, sampleFor(property)]),
      );
    default:
      return null;
  }
}

/** Values of the wrong type for a field of this schema. */
function wrongTypes(schema: JsonSchema): unknown[] {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return [12_345, true, ['a'], { a: 1 }];
    case 'integer':
    case 'number':
      return ['abc', '12', 1.5, -1, 1e308, true, null];
    case 'boolean':
      return ['yes', 1, null];
    case 'array':
      return ['list', { 0: 'a' }, 7];
    case 'object':
      return ['object', [], 7];
    default:
      return [{ unexpected: true }];
  }
}

function oversized(schema: JsonSchema): unknown[] {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') return ['A'.repeat((schema.maxLength ?? 10_000) + 1)];
  if (type === 'integer' || type === 'number')
    return [(schema.maximum ?? Number.MAX_SAFE_INTEGER) + 1, Number.MAX_SAFE_INTEGER * 10];
  if (type === 'array') return [Array.from({ length: (schema.maxItems ?? 2_000) + 1 }, () => 'x')];
  return [];
}

const BAD_PATH_VALUES = ['not-an-id', 'A'.repeat(2_000), '%00', '%ZZ', '..', '%20', randomUUID()];
const BAD_QUERY_VALUES = ['abc', '-1', '1.5', '99999999999999999999', '', 'A'.repeat(5_000), '%ZZ'];

export function malformedRequests(doc: OpenApiDocument): MalformedRequest[] {
  const out: MalformedRequest[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [lower, operation] of Object.entries(operations)) {
      const method = lower.toUpperCase();
      const route = `${method} ${path}`;
      const params = operation.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const validPath = (override: Record<string, string> = {}) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name in override
            ? override[name]!
            : encodeURIComponent(String(sampleFor(pathParams.find((p) => p.name === name)?.schema))),
        );
      const validQuery = (override: Record<string, string> = {}) => {
        const pairs = queryParams
          .filter((p) => p.required && !(p.name in override))
          .map((p) => `${p.name}=${encodeURIComponent(String(sampleFor(p.schema)))}`);
        for (const [name, raw] of Object.entries(override)) pairs.push(`${name}=${raw}`);
        return pairs.length ? `?${pairs.join('&')}` : '';
      };
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const validBody = bodySchema ? JSON.stringify(sampleFor(bodySchema)) : undefined;
      const add = (flaw: string, url: string, body?: string, contentType = 'application/json') =>
        out.push({
          method,
          route,
          flaw,
          url,
          ...(body === undefined ? {} : { body, contentType }),
        });

      for (const param of pathParams) {
        for (const value of BAD_PATH_VALUES)
          add(
            `path ${param.name}=${value.slice(0, 12)}`,
            validPath({ [param.name]: value }) + validQuery(),
            validBody,
          );
      }
      for (const param of queryParams) {
        for (const value of BAD_QUERY_VALUES)
          add(
            `query ${param.name}=${value.slice(0, 12)}`,
            validPath() + validQuery({ [param.name]: value }),
            validBody,
          );
        add(
          `query ${param.name} twice`,
          validPath() + validQuery({ [param.name]: `1&${param.name}=2` }),
          validBody,
        );
      }
      if (queryParams.some((p) => p.required)) {
        add('query missing', validPath(), validBody);
      }

      const url = validPath() + validQuery();
      if (method === 'GET') continue;
      if (!bodySchema) {
        // Routes that take no body refuse one, whatever its type.
        add('unexpected JSON body', url, '{"unexpected":true}');
        add('unexpected text body', url, 'hello', 'text/plain');
        add('unexpected broken JSON', url, '{"a":');
        continue;
      }
      add('broken JSON', url, '{"scope":');
      add('JSON with a trailing comma', url, '{"a":1,}');
      add('empty body', url, '');
      add('text instead of JSON', url, 'hello', 'text/plain');
      add('form instead of JSON', url, 'a=1&b=2', 'application/x-www-form-urlencoded');
      add('body over the size limit', url, JSON.stringify({ a: 'A'.repeat(BODY_LIMIT_BYTES + 1) }));
      for (const top of ['[]', '42', '"text"', 'null', 'true']) add(`body is ${top}`, url, top);
      add('missing fields', url, '{}');
      const sample = sampleFor(bodySchema) as Record<string, unknown>;
      for (const [name, property] of Object.entries(bodySchema.properties ?? {})) {
        for (const wrong of wrongTypes(property))
          add(`${name} as ${JSON.stringify(wrong)}`, url, JSON.stringify({ ...sample, [name]: wrong }));
        for (const big of oversized(property))
          add(`${name} oversized`, url, JSON.stringify({ ...sample, [name]: big }));
        if (bodySchema.required?.includes(name)) {
          const { [name]: _missing, ...rest } = sample;
          add(`${name} missing`, url, JSON.stringify(rest));
        }
      }
      // Arbitrary JSON, with a fixed seed so a failure can be replayed.
      for (const value of fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 12, seed: SEED }))
        add(`arbitrary ${JSON.stringify(value).slice(0, 20)}`, url, JSON.stringify(value));
    }
  }
  return out;
}
