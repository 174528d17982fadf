/**
 * `/openapi.json`: the OpenAPI 3.1 document of the service, generated from the same schemas
 * (`endpoints.ts`) that validate the requests.
 *
 * @module
 */
import { FACETS_SCHEMA, SEARCH_SCHEMA, TEXT_ENDPOINTS } from './endpoints.js';
import { toJsonSchema, type ObjectSchema } from './schema.js';

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        status: { type: 'integer' },
        message: { type: 'string' },
        field: { type: 'string', description: 'The request field that was refused.' },
        allowed: { type: 'string', description: 'What the field may be.' },
      },
      required: ['status', 'message'],
    },
    requestId: { type: 'string' },
  },
  required: ['error', 'requestId'],
} as const;

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}

const COMMON_ERRORS = {
  '400': errorResponse('Malformed JSON, invalid UTF-8, a field of the wrong type or an unknown field; the message names the field and what is allowed.'),
  '413': errorResponse('The body is larger than the limit (`zman serve --max-body-mb`).'),
  '503': errorResponse('The request ran longer than the limit (`--timeout-ms`) and was stopped, or too many requests are waiting.'),
};

/** Query parameters from an object schema (for GET endpoints). */
function parameters(schema: ObjectSchema): Array<Record<string, unknown>> {
  return Object.entries(schema.properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name),
    schema: toJsonSchema(s),
    ...(s.description ? { description: s.description } : {}),
  }));
}

/** The OpenAPI 3.1 document. `withIndex` says whether this server has a search index. */
export function openApiDocument(version: string, withIndex: boolean): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Error: ERROR_SCHEMA };
  for (const e of TEXT_ENDPOINTS) {
    const name = e.name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase());
    schemas[`${name}Request`] = toJsonSchema(e.schema);
    const options = { ...e.schema, properties: Object.fromEntries(Object.entries(e.schema.properties).filter(([k]) => k !== 'text')), required: [] };
    paths[`/v1/${e.name}`] = {
      post: {
        operationId: e.name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
        summary: e.summary,
        description: `${e.description}\n\nSend a JSON object, or the text itself as the body (\`text/plain\`, or anything that is not JSON, as \`curl --data-binary @article.txt\` sends) with the options as query parameters.`,
        parameters: parameters(options),
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${name}Request` }, example: e.example },
            'text/plain': { schema: { type: 'string' }, example: e.example.text },
          },
        },
        responses: {
          '200': { description: 'The result.', content: { 'application/json': { schema: { type: 'object' } } } },
          ...COMMON_ERRORS,
        },
      },
    };
  }
  const noIndex = errorResponse('The server was started without a search index (`zman serve --index INDEX`).');
  schemas.SearchRequest = toJsonSchema(SEARCH_SCHEMA);
  paths['/v1/search'] = {
    get: {
      operationId: 'search',
      summary: 'Search the indexed collection',
      description: 'Ranked hits with highlighted snippets. The query may be in Arabic or Latin script. Also as `POST` with a JSON body of the same fields.',
      parameters: parameters(SEARCH_SCHEMA),
      responses: {
        '200': { description: '`{ total, totalExact, hits: [{ id, score, title, date, url, snippet: { text, start, end, highlights } }] }`', content: { 'application/json': { schema: { type: 'object' } } } },
        '400': COMMON_ERRORS['400'],
        '404': noIndex,
      },
    },
    post: {
      operationId: 'searchPost',
      summary: 'Search the indexed collection (JSON body)',
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchRequest' } } } },
      responses: { '200': { description: 'As `GET /v1/search`.' }, ...COMMON_ERRORS, '404': noIndex },
    },
  };
  paths['/v1/facets'] = {
    get: {
      operationId: 'facets',
      summary: 'Counts by month and by entity for a query',
      parameters: parameters(FACETS_SCHEMA),
      responses: {
        '200': { description: '`{ months: [{ month, count }], entities: [{ type, canonical, count }] }`', content: { 'application/json': { schema: { type: 'object' } } } },
        '400': COMMON_ERRORS['400'],
        '404': noIndex,
      },
    },
  };
  paths['/v1/documents/{id}'] = {
    get: {
      operationId: 'getDocument',
      summary: 'One indexed document',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': { description: 'The document as it was indexed.', content: { 'application/json': { schema: { type: 'object' } } } },
        '404': errorResponse('No document with this id, or no index.'),
      },
    },
  };
  paths['/healthz'] = {
    get: {
      operationId: 'health',
      summary: 'Whether the service is up',
      responses: { '200': { description: '`{ status: "ok", version, index, workers }`', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'zman',
      version,
      description: `The Central Kurdish (Sorani) text engine as a service.${withIndex ? '' : ' This server has no search index: /v1/search, /v1/facets and /v1/documents answer 404.'}`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}
