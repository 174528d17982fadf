/**
 * A small schema language for the service: each schema both validates a request and is written
 * into `/openapi.json` as JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it), so the documented
 * and the enforced request shapes are one and the same object.
 *
 * @module
 */

interface Base {
  readonly description?: string;
}

export interface StringSchema extends Base {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Shown to users as what the value must look like (`a date YYYY-MM-DD`). */
  readonly format?: 'date';
}

export interface IntegerSchema extends Base {
  readonly type: 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number;
}

export interface BooleanSchema extends Base {
  readonly type: 'boolean';
  readonly default?: boolean;
}

export interface ObjectSchema extends Base {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
}

export type Schema = StringSchema | IntegerSchema | BooleanSchema | ObjectSchema;

/** A request that does not fit its schema: the field and what is allowed. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    readonly allowed: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a value of the schema may be, in words (for error messages). */
export function describeAllowed(schema: Schema): string {
  switch (schema.type) {
    case 'string':
      if (schema.enum) return `one of ${schema.enum.map((v) => `'${v}'`).join(', ')}`;
      if (schema.format === 'date') return 'a date YYYY-MM-DD';
      return schema.maxLength !== undefined ? `a string of at most ${schema.maxLength} characters` : 'a string';
    case 'integer':
      return `a whole number${schema.minimum !== undefined ? ` ≥ ${schema.minimum}` : ''}${schema.maximum !== undefined ? ` and ≤ ${schema.maximum}` : ''}`;
    case 'boolean':
      return 'true or false';
    case 'object':
      return `an object with the fields ${Object.keys(schema.properties).join(', ')}`;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `'${value.slice(0, 40)}…'` : `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function fail(field: string, schema: Schema, value: unknown): never {
  const allowed = describeAllowed(schema);
  throw new ValidationError(field, allowed, `invalid value for '${field}': ${shown(value)} (allowed: ${allowed})`);
}

/**
 * Checks `value` against `schema` and returns it (typed by the caller). With `coerce`, strings
 * are read as integers and booleans (query-string parameters). Throws {@link ValidationError}
 * naming the first field that does not fit. Unknown fields are refused.
 */
export function validate(schema: Schema, value: unknown, field = 'body', coerce = false): unknown {
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') fail(field, schema, value);
      if (schema.enum && !schema.enum.includes(value)) fail(field, schema, value);
      if (schema.minLength !== undefined && value.length < schema.minLength) fail(field, schema, value);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(field, schema, value);
      if (schema.format === 'date' && !isIsoDay(value)) fail(field, schema, value);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(field, schema, value);
      return value;
    }
    case 'integer': {
      let v = value;
      if (coerce && typeof v === 'string' && /^-?\d{1,15}$/.test(v)) v = Number(v);
      if (typeof v !== 'number' || !Number.isInteger(v)) fail(field, schema, value);
      if (schema.minimum !== undefined && v < schema.minimum) fail(field, schema, value);
      if (schema.maximum !== undefined && v > schema.maximum) fail(field, schema, value);
      return v;
    }
    case 'boolean': {
      let v = value;
      if (coerce && (v === 'true' || v === '1' || v === '')) v = true;
      if (coerce && (v === 'false' || v === '0')) v = false;
      if (typeof v !== 'boolean') fail(field, schema, value);
      return v;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, schema, value);
      const out: Record<string, unknown> = {};
      const prefix = field === 'body' || field === 'query' ? '' : `${field}.`;
      for (const [key, v] of Object.entries(value)) {
        const property = schema.properties[key];
        if (!property) {
          const allowed = Object.keys(schema.properties).join(', ');
          throw new ValidationError(`${prefix}${key}`, allowed, `unknown field '${prefix}${key}' (allowed: ${allowed})`);
        }
        if (v === undefined) continue;
        out[key] = validate(property, v, `${prefix}${key}`, coerce);
      }
      for (const key of schema.required ?? []) {
        if (out[key] === undefined) {
          const property = schema.properties[key]!;
          const allowed = describeAllowed(property);
          throw new ValidationError(`${prefix}${key}`, allowed, `missing field '${prefix}${key}' (${allowed})`);
        }
      }
      return out;
    }
  }
}

/** The schema as JSON Schema 2020-12 (for OpenAPI 3.1). */
export function toJsonSchema(schema: Schema): Record<string, unknown> {
  const common = schema.description ? { description: schema.description } : {};
  switch (schema.type) {
    case 'string':
      return {
        type: 'string',
        ...common,
        ...(schema.enum ? { enum: [...schema.enum] } : {}),
        ...(schema.format ? { format: schema.format } : {}),
        ...(schema.pattern !== undefined ? { pattern: schema.pattern } : {}),
        ...(schema.minLength !== undefined ? { minLength: schema.minLength } : {}),
        ...(schema.maxLength !== undefined ? { maxLength: schema.maxLength } : {}),
      };
    case 'integer':
      return {
        type: 'integer',
        ...common,
        ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { maximum: schema.maximum } : {}),
        ...(schema.default !== undefined ? { default: schema.default } : {}),
      };
    case 'boolean':
      return { type: 'boolean', ...common, ...(schema.default !== undefined ? { default: schema.default } : {}) };
    case 'object':
      return {
        type: 'object',
        ...common,
        properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, toJsonSchema(v)])),
        ...(schema.required && schema.required.length > 0 ? { required: [...schema.required] } : {}),
        additionalProperties: false,
      };
  }
}
