import { OpenApiDocument, resolveSchema, Schema } from './openapi';

/**
 * Decides whether a value certainly breaks the published contract (the OpenAPI document), so the
 * API must refuse it with a 4xx. "Certainly" is deliberately narrow: where a validator could
 * reasonably accept the value (null for an optional field, an odd but well-formed date), no claim
 * is made and the value only has to be answered without a 5xx.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Strings no ISO 8601 reading accepts; the generators use exactly these as bad dates. */
export const MALFORMED_DATES: readonly string[] = ['not a date', '31/12/2025', '2025-13-45T99:99:99Z', 'yesterday'];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function stringViolation(schema: Schema, value: string): string | null {
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return `longer than ${schema.maxLength}`;
  if (schema.minLength !== undefined && value.length < schema.minLength) return `shorter than ${schema.minLength}`;
  if (schema.format === 'uuid' && !UUID.test(value)) return 'not a UUID';
  if ((schema.format === 'date-time' || schema.format === 'date') && MALFORMED_DATES.includes(value))
    return 'not a date';
  return null;
}

function numberViolation(schema: Schema, value: number): string | null {
  if (schema.type === 'integer' && !Number.isInteger(value)) return 'not an integer';
  if (schema.minimum !== undefined && value < schema.minimum) return `below ${schema.minimum}`;
  if (schema.maximum !== undefined && value > schema.maximum) return `above ${schema.maximum}`;
  return null;
}

/** Why a JSON value (as the server parses it) certainly breaks the schema, or null. */
export function bodyViolation(document: OpenApiDocument, raw: Schema, value: unknown, at = 'body'): string | null {
  const schema = resolveSchema(document, raw);
  const broken = (why: string): string => `${at}: ${describe(value)} ${why}`;
  if (schema.oneOf) {
    const reasons = schema.oneOf.map((option) => bodyViolation(document, option, value, at));
    return reasons.every((reason) => reason !== null) ? reasons[0] : null;
  }
  if (value === null) return schema.nullable ? null : broken('is null');
  if (schema.enum) return schema.enum.includes(value) ? null : broken('is not one of the allowed values');
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return broken('is not a string');
      const why = stringViolation(schema, value);
      return why ? broken(why) : null;
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return broken('is not a number');
      const why = numberViolation(schema, value);
      return why ? broken(why) : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : broken('is not a boolean');
    case 'array': {
      if (!Array.isArray(value)) return broken('is not an array');
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        return broken(`has over ${schema.maxItems} items`);
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return broken(`has under ${schema.minItems} items`);
      if (!schema.items) return null;
      const items = schema.items;
      return value.map((item, index) => bodyViolation(document, items, item, `${at}[${index}]`)).find(Boolean) ?? null;
    }
    case 'object':
    case undefined:
      break;
  }
  if (!schema.properties) return null;
  if (!isPlainObject(value)) return broken('is not an object');
  return objectViolation(document, schema, value, at);
}

function objectViolation(
  document: OpenApiDocument,
  schema: Schema,
  value: Record<string, unknown>,
  at: string,
): string | null {
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (!(name in value)) return `${at}.${name}: required but missing`;
  }
  for (const [name, member] of Object.entries(value)) {
    const property = properties[name];
    if (!property) {
      if (schema.additionalProperties === true) continue;
      return `${at}.${name}: not a field of this request`;
    }
    // An optional field may be null (class-validator's IsOptional lets null through).
    if (member === null && !schema.required?.includes(name)) continue;
    const why = bodyViolation(document, property, member, `${at}.${name}`);
    if (why) return why;
  }
  return null;
}

/** A query or path value as it travels: text, or several texts when the name repeats. */
export type TextValue = string | readonly string[];

/** Why a query or path parameter value certainly breaks its schema, or null. */
export function textViolation(document: OpenApiDocument, raw: Schema, value: TextValue, at: string): string | null {
  const schema = resolveSchema(document, raw);
  if (typeof value !== 'string') return `${at}: given ${value.length} times`;
  const broken = (why: string): string => `${at}: ${describe(value)} ${why}`;
  if (schema.enum) return schema.enum.includes(value) ? null : broken('is not one of the allowed values');
  if (schema.type === 'number' || schema.type === 'integer') {
    const number = Number(value);
    if (value.trim() === '' || Number.isNaN(number)) return broken('is not a number');
    const why = numberViolation(schema, number);
    return why ? broken(why) : null;
  }
  if (schema.type === 'string') {
    const why = stringViolation(schema, value);
    return why ? broken(why) : null;
  }
  return null;
}

/**
 * Path ids are parsed with ParseUUIDPipe, which the OpenAPI document does not show: by this API's
 * naming rule a path parameter named `id` or `…Id` is a UUID.
 */
export function pathParameterSchema(name: string, declared: Schema | undefined): Schema {
  if (name === 'id' || name.endsWith('Id')) return { ...declared, type: 'string', format: 'uuid' };
  return declared ?? { type: 'string' };
}
