import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { findActiveApiKey } from '../open311/api-keys.js';
import {
  CONTENT_TYPES,
  discoveryBody,
  errorsBody,
  requestsBody,
  serviceDefinitionBody,
  servicesBody,
  type Open311Error,
  type ResponseFormat,
} from '../open311/format.js';
import { findServiceRequest, findToken, parseRequestQuery, queryServiceRequests, submitServiceRequest } from '../open311/requests.js';
import { findServiceDefinition, listServices } from '../open311/services.js';
import type { FieldError } from '../validation/result.js';

/** Largest POST body; a request with a 4,000-character description and its attributes is well under it. */
const MAX_POST_BYTES = 64 * 1024;
export const GEOREPORT_V2_SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** When the discovery document last changed: update it with the endpoints. */
const DISCOVERY_CHANGESET = '2026-12-04T00:00:00Z';

type Route = { format: ResponseFormat; segments: string[] };

/** Splits /v2/services/ID.json into its segments and format, or returns the unknown suffix (empty when there is none). */
function parsePath(path: string): Route | { unknownFormat: string } {
  const match = /^(.*)\.([A-Za-z0-9]+)$/.exec(path);
  const format = match?.[2].toLowerCase();
  if (!match || (format !== 'json' && format !== 'xml')) return { unknownFormat: match?.[2] ?? '' };
  return { format, segments: match[1].split('/').filter(Boolean).map(decodeSegment) };
}

/**
 * decodeURIComponent, except that a malformed escape ("%", "%E0%A4%A") or a
 * control character such as NUL, which no id contains and PostgreSQL text
 * cannot hold, is a 400 instead of an internal error.
 */
function decodeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw Object.assign(new Error('malformed percent escape'), { status: 400 });
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) throw Object.assign(new Error('control character in the path'), { status: 400 });
  return decoded;
}

function send(res: Response, format: ResponseFormat, status: number, body: string): void {
  res.status(status).type(CONTENT_TYPES[format]).send(body);
}

function sendErrors(res: Response, format: ResponseFormat, status: number, errors: Open311Error[]): void {
  send(res, format, status, errorsBody(format, errors));
}

function fieldErrors(errors: FieldError[]): Open311Error[] {
  return errors.map((error) => ({ code: 400, description: `${error.field}: ${error.message}` }));
}

function parameter(source: unknown, name: string): string | undefined {
  const value = (source as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function baseUrl(config: Config, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * Open311 GeoReport v2 under /open311: discovery.{format} and v2/services,
 * v2/requests and v2/tokens. Every path needs a .json or .xml suffix; every
 * error is the spec's [{code, description}] list. See docs/open311.md.
 */
export function open311Router(deps: CoreDeps, config: Config): express.Router {
  const router = express.Router();
  const log = deps.log.child({ module: 'open311' });

  router.use(
    express.urlencoded({ extended: false, limit: MAX_POST_BYTES, parameterLimit: 500 }),
    express.json({ limit: MAX_POST_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      const route = parsePath(req.path);
      if ('unknownFormat' in route) {
        const shown = route.unknownFormat ? `.${route.unknownFormat.slice(0, 20)} is not a supported format` : 'the path has no format';
        sendErrors(res, 'json', 404, [{ code: 404, description: `${shown}: end the path with .json or .xml, as in /open311/v2/services.json` }]);
        return;
      }
      // The data is public and needs no cookie, so browser apps on any site may read it.
      if (req.method === 'GET') res.setHeader('Access-Control-Allow-Origin', '*');
      try {
        await handle(req, res, route);
      } catch (error) {
        next(error);
      }
    },
  );

  async function handle(req: Request, res: Response, { format, segments }: Route): Promise<void> {
    const [first, second, third] = segments;
    const isGet = req.method === 'GET' || req.method === 'HEAD';

    if (segments.length === 1 && first === 'discovery' && isGet) {
      const v2 = `${baseUrl(config, req)}/open311/v2`;
      send(
        res,
        format,
        200,
        discoveryBody(format, {
          changeset: DISCOVERY_CHANGESET,
          contact: 'The contact center answers questions about this API; its manager issues API keys.',
          key_service: 'API keys are issued by the contact center manager on the Open311 page of the workspace.',
          endpoints: [{ specification: GEOREPORT_V2_SPECIFICATION, url: v2, changeset: DISCOVERY_CHANGESET, type: 'production', formats: ['application/json', 'text/xml'] }],
        }),
      );
      return;
    }
    if (first !== 'v2') {
      sendErrors(res, format, 404, [{ code: 404, description: `No Open311 endpoint at ${req.path.slice(0, 100)}; see /open311/discovery.json` }]);
      return;
    }

    const jurisdiction = parameter(req.query, 'jurisdiction_id') ?? parameter(req.body, 'jurisdiction_id');
    if (jurisdiction !== undefined && config.open311.jurisdictionId !== undefined && jurisdiction !== config.open311.jurisdictionId) {
      sendErrors(res, format, 404, [{ code: 404, description: `jurisdiction_id: unknown jurisdiction ${jurisdiction.slice(0, 100)}; this server serves ${config.open311.jurisdictionId}` }]);
      return;
    }

    const endpoint = `${second ?? ''}${third === undefined ? '' : '/*'}${segments.length > 3 ? '/…' : ''}`;
    // HEAD runs the GET handlers, and Express leaves out the body.
    const method = isGet ? 'GET' : req.method;
    switch (`${method} ${endpoint}`) {
      case 'GET services': {
        send(res, format, 200, servicesBody(format, await listServices(deps.db)));
        return;
      }
      case 'GET services/*': {
        const definition = await findServiceDefinition(deps.db, third);
        if (!definition) return sendErrors(res, format, 404, [{ code: 404, description: `service_code: no service ${third.slice(0, 100)}; see services.json` }]);
        send(res, format, 200, serviceDefinitionBody(format, definition));
        return;
      }
      case 'GET requests': {
        const parsed = parseRequestQuery(req.query as Record<string, unknown>, deps.centerTimeZone);
        if (parsed.kind === 'invalid') return sendErrors(res, format, 400, fieldErrors(parsed.errors));
        send(res, format, 200, requestsBody(format, await queryServiceRequests(deps, parsed.query)));
        return;
      }
      case 'GET requests/*': {
        const request = await findServiceRequest(deps, third);
        if (!request) return sendErrors(res, format, 404, [{ code: 404, description: `service_request_id: no request ${third.slice(0, 100)}` }]);
        send(res, format, 200, requestsBody(format, [request]));
        return;
      }
      case 'GET tokens/*': {
        const token = await findToken(deps.db, third);
        if (!token) return sendErrors(res, format, 404, [{ code: 404, description: `token: no request has the token ${third.slice(0, 100)}` }]);
        send(res, format, 200, requestsBody(format, [token]));
        return;
      }
      case 'POST requests': {
        await postRequest(req, res, format);
        return;
      }
    }

    const known = ['services', 'services/*', 'requests', 'requests/*', 'tokens/*'];
    if (known.includes(endpoint)) {
      res.setHeader('Allow', endpoint === 'requests' ? 'GET, POST' : 'GET');
      sendErrors(res, format, 405, [{ code: 405, description: `${req.method} is not allowed here; use ${endpoint === 'requests' ? 'GET or POST' : 'GET'}` }]);
      return;
    }
    sendErrors(res, format, 404, [{ code: 404, description: `No Open311 endpoint at ${req.path.slice(0, 100)}; see /open311/discovery.json` }]);
  }

  async function postRequest(req: Request, res: Response, format: ResponseFormat): Promise<void> {
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const key = await findActiveApiKey(deps, parameter(body, 'api_key') ?? parameter(req.query, 'api_key'));
    if (!key) {
      sendErrors(res, format, 403, [{ code: 403, description: 'api_key: missing, unknown or revoked API key; ask the contact center manager for one' }]);
      return;
    }

    const limit = await consumeRateLimit(deps.db, { bucket: 'open311_post', limit: config.open311.postsPerHour, windowSeconds: 3600 }, key.id);
    if (!limit.allowed) {
      log.warn({ apiKeyId: key.id, hits: limit.hits }, 'Open311 API key over its hourly limit');
      res.setHeader('Retry-After', String(limit.retryAfterSeconds));
      sendErrors(res, format, 429, [
        { code: 429, description: `This API key may post ${config.open311.postsPerHour} requests per hour; try again in ${limit.retryAfterSeconds} seconds` },
      ]);
      return;
    }

    const result = await submitServiceRequest(deps, key.id, { ...(req.query as Record<string, unknown>), ...body });
    switch (result.kind) {
      case 'invalid':
        sendErrors(res, format, 400, fieldErrors(result.errors));
        return;
      case 'service_not_found':
        sendErrors(res, format, 404, [{ code: 404, description: `service_code: no service ${result.serviceCode.slice(0, 100)}; see services.json` }]);
        return;
      case 'key_revoked':
        sendErrors(res, format, 403, [{ code: 403, description: 'api_key: the API key was revoked' }]);
        return;
      case 'created':
        send(res, format, 200, requestsBody(format, [result.request]));
        return;
    }
  }

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const format: ResponseFormat = req.path.toLowerCase().endsWith('.xml') ? 'xml' : 'json';
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      sendErrors(res, format, 413, [{ code: 413, description: `The request body is larger than the limit of ${MAX_POST_BYTES / 1024} KB` }]);
      return;
    }
    if (type === 'entity.parse.failed' || type === 'parameters.too.many') {
      sendErrors(res, format, 400, [{ code: 400, description: 'The request body could not be read; send application/x-www-form-urlencoded or JSON' }]);
      return;
    }
    // Express marks request errors, such as a path with a malformed percent escape, with a 4xx status.
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendErrors(res, format, status, [{ code: status, description: 'The request could not be read: check the path and its percent escapes' }]);
      return;
    }
    log.error({ err: error, path: req.path }, 'Open311 request failed');
    sendErrors(res, format, 500, [{ code: 500, description: 'Internal server error' }]);
  });

  return router;
}
