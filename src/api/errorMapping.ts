import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCategory, type Issue } from '../core/errors.js';

/** HTTP status of each error category: the one place where domain errors meet HTTP. */
const STATUS: Record<ErrorCategory, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  failure: 500,
};

/** Fastify's own error codes that are the caller's fault, as domain errors. */
function fromFastify(error: FastifyError): DomainError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('payload_too_large', 'the request body is larger than this server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainError('unsupported_media_type', `send JSON (Content-Type: application/json)`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DomainError('malformed_json', 'the request has Content-Type application/json but no body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new DomainError('malformed_json', `the request body is not valid JSON: ${error.message}`);
    case 'FST_ERR_BAD_URL':
      // Only reaches here when buildApi passes handleError as Fastify's `frameworkErrors` option.
      return new DomainError('invalid_input', 'the URL has a malformed percent-encoding', {
        issues: [{ path: ['url'], message: error.message }],
      });
  }
  if (error instanceof SyntaxError)
    return new DomainError('malformed_json', `the request body is not valid JSON: ${error.message}`);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'request';
    const issues: Issue[] = error.validation.flatMap((issue) => {
      const path = [
        part,
        ...issue.instancePath
          .split('/')
          .filter(Boolean)
          .map((segment: string) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
      ];
      // A field the schema does not know is named at its own path: it would otherwise be lost in silence.
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys))
        return keys.map((key) => ({
          path: [...path, String(key)],
          message: part === 'querystring' ? 'unknown parameter' : 'unknown field',
        }));
      return [{ path, message: issue.message ?? 'invalid' }];
    });
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return new DomainError('invalid_input', `the request is not valid: ${summary}`, { issues });
  }
  if (error.statusCode === 404) return new DomainError('route_not_found', error.message);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new DomainError('invalid_input', error.message);
  }
  return undefined;
}

/**
 * Turns any error into the catalogue's JSON body; unknown failures are logged and answered without details. Fit
 * for both `setErrorHandler` and the `frameworkErrors` option (malformed URLs, which never reach a route).
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const domain =
    error instanceof DomainError
      ? error
      : error instanceof Error && 'code' in error
        ? fromFastify(error as FastifyError)
        : error instanceof SyntaxError
          ? fromFastify(error as FastifyError)
          : undefined;
  if (!domain) {
    request.log.error({ err: error }, 'unexpected failure');
    return reply
      .status(500)
      .send({ error: { code: 'internal_error', message: 'an unexpected failure; it has been logged' } });
  }
  const { issues, ...details } = domain.details;
  const status = STATUS[domain.category];
  if (status >= 500) request.log.error({ err: error }, domain.message);
  if (typeof details.retryAfterSeconds === 'number')
    reply.header('retry-after', String(details.retryAfterSeconds));
  // Scripts learn that a token is what to send; browsers sign in with a session (no challenge dialog).
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="custodia"');
  return reply.status(status).send({
    error: { code: domain.code, message: domain.message, ...details, ...(issues ? { issues } : {}) },
  });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send({
    error: { code: 'route_not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
  });
}

/**
 * Runs work that reads one part of the request (`body`, `querystring`): issues the domain reports are then
 * located in that part, as the route's own validation locates them, so every issue path starts with the part.
 */
export async function inRequestPart<T>(part: 'body' | 'querystring', work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.details.issues) throw error;
    const issues = error.details.issues.map((issue) => ({ ...issue, path: [part, ...issue.path] }));
    throw new DomainError(error.code, error.message, { ...error.details, issues });
  }
}
