import { DeclaredRoute } from '@vs/testing';
import { pathParameterSchema } from './contract';
import { OpenApiDocument, Parameter, Schema } from './openapi';

export interface NamedSchema {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

/** A route that takes input, with what the OpenAPI document says about that input. */
export interface FuzzTarget {
  readonly route: DeclaredRoute;
  readonly pathParameters: readonly NamedSchema[];
  readonly query: readonly NamedSchema[];
  /** The media type and schema of the body, when the route takes one. */
  readonly body: { readonly mediaType: string; readonly schema: Schema } | undefined;
}

/** `/api/v1/victims/{id}` in OpenAPI is `/api/v1/victims/:id` in the declared routes. */
const toRoutePath = (openApiPath: string): string => openApiPath.replace(/\{([^}]+)\}/g, ':$1');

const named = (parameter: Parameter): NamedSchema => ({
  name: parameter.name,
  required: parameter.required === true,
  schema: parameter.schema ?? { type: 'string' },
});

/**
 * Every declared route that takes a body, a query or path parameters, joined with its OpenAPI
 * operation: both come from the running application, so a new route is fuzzed without editing
 * the test. A declared route missing from the document is an error (its input would go untested).
 */
export function fuzzTargets(document: OpenApiDocument, routes: readonly DeclaredRoute[]): FuzzTarget[] {
  const operations = new Map(
    Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => [
        `${method.toUpperCase()} ${toRoutePath(path)}`,
        operation,
      ]),
    ),
  );
  return routes.flatMap((route) => {
    const operation = operations.get(`${route.method} ${route.path}`);
    if (!operation) throw new Error(`${route.method} ${route.path} is not in the OpenAPI document`);
    const parameters = operation.parameters ?? [];
    const [mediaType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
    const target: FuzzTarget = {
      route,
      pathParameters: parameters
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => ({ ...named(parameter), schema: pathParameterSchema(parameter.name, parameter.schema) })),
      query: parameters.filter((parameter) => parameter.in === 'query').map(named),
      body: mediaType ? { mediaType, schema: content?.schema ?? {} } : undefined,
    };
    return target.pathParameters.length + target.query.length > 0 || target.body ? [target] : [];
  });
}
