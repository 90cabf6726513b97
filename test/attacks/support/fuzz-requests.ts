import fc from 'fast-check';
import { bodyViolation, TextValue, textViolation } from './contract';
import { FuzzTarget, NamedSchema } from './fuzz-targets';
import { hostileCsv, hostileJson, hostileText, rawPathSegments, unknownKey } from './hostile-values';
import { OpenApiDocument, resolveSchema, Schema } from './openapi';

/** What the generators draw on besides the document: ids of records that exist, to reach past lookups. */
export interface FuzzContext {
  readonly document: OpenApiDocument;
  readonly knownIds: readonly string[];
}

/** One generated request, and why it certainly breaks the contract (empty: it may be valid). */
export interface FuzzRequest {
  readonly url: string;
  readonly body: { readonly mediaType: string; readonly text: string } | undefined;
  readonly violations: readonly string[];
}

const ABSENT = Symbol('absent');
/**
 * Node refuses a request whose headers pass 16 KiB (431) before Fastify sees it: a transport limit,
 * not the input contract under test, so generated URLs stay well within it.
 */
const MAX_URL_LENGTH = 8 * 1024;
const MAX_NESTING = 4;

/**
 * A value that fits the schema as far as the document tells, to get past validation into the
 * handler; with `spoiling`, the fields of objects are now and then hostile, missing or unknown.
 */
function plausible(context: FuzzContext, raw: Schema, spoiling: boolean, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveSchema(context.document, raw);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((option) => plausible(context, option, spoiling, depth)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.example !== undefined)
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(schema.example) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...context.knownIds), fc.uuid());
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
      return fc.string({ maxLength: Math.min(schema.maxLength ?? 24, 24) });
    case 'integer':
    case 'number':
      return fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(schema.maximum ?? 1_000) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth >= MAX_NESTING || !schema.items
        ? fc.constant([])
        : fc.array(plausible(context, schema.items, spoiling, depth + 1), { maxLength: 2 });
    case 'object':
    case undefined:
      break;
  }
  if (schema.properties) return depth >= MAX_NESTING ? fc.constant({}) : objectOf(context, schema, spoiling, depth + 1);
  return fc.jsonValue({ maxDepth: 2 });
}

/** Spoiling: mostly plausible, sometimes hostile. */
const fieldValue = (context: FuzzContext, schema: Schema, spoiling: boolean, depth: number): fc.Arbitrary<unknown> =>
  spoiling
    ? fc.oneof({ weight: 4, arbitrary: plausible(context, schema, true, depth) }, { weight: 1, arbitrary: hostileJson })
    : plausible(context, schema, false, depth);

/** An object whose fields are each present or not; spoiling, some hostile and some unknown fields added. */
function objectOf(
  context: FuzzContext,
  schema: Schema,
  spoiling: boolean,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const fields = Object.entries(properties).map(([name, property]) => {
    const required = schema.required?.includes(name) === true;
    const value = fieldValue(context, property, spoiling, depth);
    // A fitting object keeps its required fields; a spoiled one loses any now and then.
    const present =
      required && !spoiling
        ? value
        : fc.oneof(
            { weight: 1, arbitrary: fc.constant<unknown>(ABSENT) },
            { weight: required ? 8 : 3, arbitrary: value },
          );
    return present.map((member) => [name, member] as const);
  });
  const extras = spoiling
    ? fc.oneof(
        { weight: 5, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(fc.tuple(unknownKey(properties), hostileJson), { minLength: 1, maxLength: 2 }),
        },
      )
    : fc.constant([]);
  return fc
    .tuple(fc.tuple(...fields), extras)
    .map(([entries, unknown]) => Object.fromEntries([...entries.filter(([, value]) => value !== ABSENT), ...unknown]));
}

/** Null often: optional fields let it past validation, where a service or column may not expect it. */
const spoilingValue = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: hostileJson });

/** A fitting body with exactly one top-level field made hostile: reaches deepest with a bad value. */
function oneFieldSpoiled(context: FuzzContext, raw: Schema): fc.Arbitrary<unknown> {
  const schema = resolveSchema(context.document, raw);
  const names = Object.keys(schema.properties ?? {});
  if (names.length === 0) return plausible(context, schema, true);
  return fc
    .tuple(objectOf(context, schema, false, 1), fc.constantFrom(...names), spoilingValue)
    .map(([fitting, name, hostile]) => ({ ...fitting, [name]: hostile }));
}

const jsonBody = (context: FuzzContext, schema: Schema): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: plausible(context, schema, true) },
    { weight: 3, arbitrary: oneFieldSpoiled(context, schema) },
    { weight: 1, arbitrary: hostileJson },
  );

const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;

/** Percent-encodes the UTF-8 bytes (encodeURIComponent throws on a lone surrogate; this sends U+FFFD). */
const percentEncode = (text: string): string =>
  Array.from(Buffer.from(text, 'utf8'), (byte) => {
    const character = String.fromCharCode(byte);
    return UNRESERVED.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');

interface PathValue {
  readonly text: string;
  /** Sent as it is rather than percent-encoded. */
  readonly raw: boolean;
}

function pathValue(context: FuzzContext, parameter: NamedSchema): fc.Arbitrary<PathValue> {
  const schema = resolveSchema(context.document, parameter.schema);
  const fitting: fc.Arbitrary<string> = schema.enum
    ? fc.constantFrom(...schema.enum.map(String))
    : fc.oneof(fc.constantFrom(...context.knownIds), fc.uuid());
  return fc.oneof(
    { weight: 3, arbitrary: fitting.map((text) => ({ text, raw: false })) },
    { weight: 2, arbitrary: hostileText.map((text) => ({ text, raw: false })) },
    { weight: 1, arbitrary: rawPathSegments.map((text) => ({ text, raw: true })) },
  );
}

function queryValue(context: FuzzContext, parameter: NamedSchema): fc.Arbitrary<TextValue | typeof ABSENT> {
  const fitting = plausible(context, parameter.schema, false).map((value) => String(value));
  return fc.oneof(
    { weight: parameter.required ? 1 : 3, arbitrary: fc.constant(ABSENT) },
    { weight: 3, arbitrary: fitting },
    { weight: 2, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 3 }) },
  );
}

/** Requests for one route: path, query and body each drawn from fitting and hostile values. */
export function fuzzRequests(context: FuzzContext, target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const { document } = context;
  const path = fc.tuple(...target.pathParameters.map((parameter) => pathValue(context, parameter)));
  const query = fc.tuple(...target.query.map((parameter) => queryValue(context, parameter)));
  const body: fc.Arbitrary<unknown> = !target.body
    ? fc.constant(undefined)
    : target.body.mediaType === 'application/json'
      ? jsonBody(context, target.body.schema)
      : hostileCsv;
  return fc
    .tuple(path, query, body)
    .map(([pathValues, queryValues, bodyValue]) => {
      const violations: string[] = [];
      let url = target.route.path;
      target.pathParameters.forEach((parameter, index) => {
        const value = pathValues[index];
        url = url.replace(`:${parameter.name}`, value.raw ? value.text : percentEncode(value.text));
        const why = textViolation(document, parameter.schema, value.text, `path ${parameter.name}`);
        if (why) violations.push(why);
      });
      const search = new URLSearchParams();
      target.query.forEach((parameter, index) => {
        const value = queryValues[index];
        if (value === ABSENT) {
          if (parameter.required) violations.push(`query ${parameter.name}: required but missing`);
          return;
        }
        for (const text of typeof value === 'string' ? [value] : value) search.append(parameter.name, text);
        const why = textViolation(document, parameter.schema, value, `query ${parameter.name}`);
        if (why) violations.push(why);
      });
      const queryText = search.toString();
      if (queryText) url = `${url}?${queryText}`;
      if (!target.body) return { url, body: undefined, violations };
      if (target.body.mediaType !== 'application/json')
        return { url, body: { mediaType: target.body.mediaType, text: bodyValue as string }, violations };
      const text = JSON.stringify(bodyValue);
      // Judge the body as the server will read it (JSON drops -0's sign, keeps __proto__ as a plain key).
      const why = bodyViolation(document, target.body.schema, JSON.parse(text) as unknown);
      if (why) violations.push(why);
      return { url, body: { mediaType: target.body.mediaType, text }, violations };
    })
    .filter((request) => request.url.length <= MAX_URL_LENGTH);
}
