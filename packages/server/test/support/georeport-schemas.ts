import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validators for Open311 GeoReport v2 responses, built from the JSON Schemas
 * of the open311/schema-validation repository (folder schema/georeport-v2),
 * read from SCHEMA_DIR. Those files have known defects, each worked around
 * here:
 *
 * - requests.json and services.json refer to "request.json" and
 *   "service.json" by a bare name and the files have no $id, so each schema
 *   is registered under its file name.
 * - minItems and uniqueItems sit inside `items`, where they constrain
 *   nothing; they are moved to the array, as intended. A list with no match
 *   is a valid empty array in GeoReport v2, so tests check empty results
 *   with toEqual([]) instead.
 * - date-time and uri need ajv-formats; swagger.json's own formats (uid,
 *   uint, double) are not JSON Schema formats and are accepted as is.
 * - swagger.json has the path /request/{id} (the spec says /requests/{id})
 *   and declares the POST parameters `in: query` (the spec says a form
 *   body); only its RequestResponse and TokenResponse definitions are used.
 *
 * Stricter than the files: every object schema gets type "object" and
 * additionalProperties false, so a misspelt or extra field fails.
 */

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../../../shared/open311');

export function schemasAvailable(): boolean {
  return fs.existsSync(path.join(SCHEMA_DIR, 'request.json'));
}

type Schema = Record<string, any>;

function readSchema(name: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as Schema;
}

/** Adds type object and additionalProperties false to an object schema (one with properties), recursively. */
function closeObjects(schema: Schema): Schema {
  const copy: Schema = { ...schema };
  if (copy.properties) {
    copy.type ??= 'object';
    copy.additionalProperties = false;
    copy.properties = Object.fromEntries(Object.entries(copy.properties as Schema).map(([name, property]) => [name, closeObjects(property as Schema)]));
  }
  if (copy.items) copy.items = closeObjects(copy.items as Schema);
  if (copy.anyOf) copy.anyOf = (copy.anyOf as Schema[]).map(closeObjects);
  return copy;
}

/** Moves minItems and uniqueItems from `items` up to the array they were meant for. */
function fixListSchema(schema: Schema): Schema {
  const { minItems, uniqueItems, ...items } = schema.items as Schema;
  return { ...schema, minItems, uniqueItems, items };
}

export type GeoReportValidators = {
  service: ValidateFunction;
  services: ValidateFunction;
  serviceDefinition: ValidateFunction;
  request: ValidateFunction;
  requests: ValidateFunction;
  requestResponses: ValidateFunction;
  tokenResponses: ValidateFunction;
};

export function buildValidators(): GeoReportValidators {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM.
  const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  for (const format of ['uid', 'uint', 'double']) ajv.addFormat(format, true);

  ajv.addSchema(closeObjects(readSchema('request.json')), 'request.json');
  ajv.addSchema(closeObjects(readSchema('service.json')), 'service.json');
  const swagger = readSchema('swagger.json');
  const definitions = swagger.definitions as Record<string, Schema>;
  const listOf = (definition: Schema, required: string[]) => ({ type: 'array', minItems: 1, items: closeObjects({ ...definition, required }) });

  return {
    service: ajv.getSchema('service.json')!,
    services: ajv.compile(fixListSchema(readSchema('services.json'))),
    serviceDefinition: ajv.compile(closeObjects(readSchema('service-definition.json'))),
    request: ajv.getSchema('request.json')!,
    requests: ajv.compile(fixListSchema(readSchema('requests.json'))),
    // GeoReport v2 returns one service_request_id or token per created request.
    requestResponses: ajv.compile(listOf(definitions.RequestResponse, ['service_request_id'])),
    tokenResponses: ajv.compile(listOf(definitions.TokenResponse, ['service_request_id', 'token'])),
  };
}

/** Asserts that `value` passes `validate`, with ajv's errors as the message. */
export function expectValid(validate: ValidateFunction, value: unknown): void {
  if (!validate(value)) {
    throw new Error(`schema validation failed: ${JSON.stringify(validate.errors, null, 2)}\nvalue: ${JSON.stringify(value).slice(0, 2000)}`);
  }
}
