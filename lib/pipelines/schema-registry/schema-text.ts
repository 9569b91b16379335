/**
 * The schema text checked for its format before deploy, with the parsers the serializers' ecosystems use: Avro with
 * `avsc` (parse and resolve every named type), Protobuf with `protobufjs` (parse, then resolve every type reference;
 * the well-known `google/protobuf/*.proto` imports are known), JSON Schema with `ajv` (compile, in the dialect its
 * `$schema` names). Pure: no cloud SDK, no network.
 */
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import * as avro from 'avsc';
import * as protobuf from 'protobufjs';
import { JSON_SCHEMA_DIALECTS, type JsonSchemaDialect } from './limits';
import type { SchemaFormat } from './spec';

/** The outcome of a check: the parser's message when the text is invalid, the JSON Schema dialect when it is JSON. */
export interface SchemaTextCheck {
  /**
   * The parser's complaint, when the text is not a valid schema of its format.
   * @default - none: the text is valid
   */
  readonly error?: string;
  /**
   * JSON only: the dialect the `$schema` names (draft-07 when absent).
   * @default - none: not JSON, or an unknown `$schema` URI
   */
  readonly dialect?: JsonSchemaDialect;
  /**
   * JSON only: the `$schema` value, as written.
   * @default - none
   */
  readonly schemaUri?: string;
  /**
   * JSON only: true for draft-04, which ajv 8 cannot compile: only its JSON was checked.
   * @default false
   */
  readonly compiledOnlyAsJson?: boolean;
}

const first = (message: string) => message.split('\n')[0]!.slice(0, 300);

function checkAvro(text: string): SchemaTextCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${first((e as Error).message)}` };
  }
  try {
    avro.Type.forSchema(json as avro.Schema);
    return {};
  } catch (e) {
    return { error: first((e as Error).message) };
  }
}

function checkProtobuf(text: string): SchemaTextCheck {
  try {
    const parsed = protobuf.parse(text, { keepCase: true });
    for (const imported of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
      const common = protobuf.common.get(imported);
      if (!common) return { error: `imports "${imported}", which is not a well-known google/protobuf type; inline its types` };
      parsed.root.addJSON(common.nested as Record<string, protobuf.AnyNestedObject>);
    }
    parsed.root.resolveAll();
    return {};
  } catch (e) {
    return { error: first((e as Error).message) };
  }
}

function dialectOf(uri: unknown): JsonSchemaDialect | undefined {
  if (uri === undefined) return 'draft-07';
  if (typeof uri !== 'string') return undefined;
  const bare = uri.replace(/#$/, '');
  return (Object.keys(JSON_SCHEMA_DIALECTS) as JsonSchemaDialect[]).find((d) => JSON_SCHEMA_DIALECTS[d] === bare
    || JSON_SCHEMA_DIALECTS[d].replace(/^https?:/, '') === bare.replace(/^https?:/, ''));
}

/** An ajv instance that knows the dialect (draft-06 through its meta-schema; draft-07 is ajv's default). */
function ajvFor(dialect: Exclude<JsonSchemaDialect, 'draft-04'>): Ajv {
  const options = { strict: false, validateFormats: false, allErrors: true } as const;
  if (dialect === '2020-12') return new Ajv2020(options);
  if (dialect === '2019-09') return new Ajv2019(options);
  const ajv = new Ajv(options);
  if (dialect === 'draft-06') ajv.addMetaSchema(draft06);
  return ajv;
}

function checkJson(text: string): SchemaTextCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${first((e as Error).message)}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    if (typeof json === 'boolean') return { dialect: 'draft-07' };
    return { error: 'a JSON Schema is an object or a boolean' };
  }
  const schemaUri = (json as Record<string, unknown>).$schema;
  const dialect = dialectOf(schemaUri);
  const uri = typeof schemaUri === 'string' ? schemaUri : undefined;
  if (!dialect) return { schemaUri: uri };
  // ajv 8 has no draft-04 (its boolean exclusiveMinimum and `id` differ): the JSON was parsed, nothing more.
  if (dialect === 'draft-04') return { dialect, schemaUri: uri, compiledOnlyAsJson: true };
  try {
    ajvFor(dialect).compile(json as object);
    return { dialect, schemaUri: uri };
  } catch (e) {
    return { error: first((e as Error).message), dialect, schemaUri: uri };
  }
}

/** Checks schema text for its format. */
export function checkSchemaText(format: SchemaFormat, text: string): SchemaTextCheck {
  switch (format) {
    case 'AVRO': return checkAvro(text);
    case 'PROTOBUF': return checkProtobuf(text);
    case 'JSON': return checkJson(text);
    default: {
      const never: never = format;
      return { error: `unknown format ${String(never)}` };
    }
  }
}
