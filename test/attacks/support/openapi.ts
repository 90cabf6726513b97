/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly nullable?: boolean;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly example?: unknown;
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
}

export interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema?: Schema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/**
 * Follows `$ref`s and merges `allOf` (how @nestjs/swagger writes a nested DTO or an enum), keeping
 * what the referring schema adds (nullable, description), so callers see one plain schema.
 */
export function resolveSchema(document: OpenApiDocument, schema: Schema): Schema {
  const { $ref, ...rest } = schema;
  if ($ref) {
    const name = $ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`OpenAPI document has no schema ${name}`);
    return { ...resolveSchema(document, target), ...rest };
  }
  if (schema.allOf && schema.allOf.length > 0) {
    const { allOf, ...rest } = schema;
    const merged = allOf
      .map((part) => resolveSchema(document, part))
      .reduce((whole, part) => ({
        ...whole,
        ...part,
        ...(whole.properties || part.properties ? { properties: { ...whole.properties, ...part.properties } } : {}),
        ...(whole.required || part.required ? { required: [...(whole.required ?? []), ...(part.required ?? [])] } : {}),
      }));
    return { ...merged, ...rest };
  }
  return schema;
}
