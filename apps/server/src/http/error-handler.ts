import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorBody, HearthError, type ErrorCode } from '../errors/catalogue';

/** Maps every failure to the catalogue: clients get a stable code, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HearthError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send({ ...errorBody(error.code, error.message), ...error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation
        .map((issue) => {
          const zodPath = (issue.params as { issue?: { path?: Array<string | number> } } | undefined)?.issue
            ?.path;
          const where =
            issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || zodPath?.join('.') || 'body';
          return `${where}: ${issue.message}`;
        })
        .slice(0, 5)
        .join('; ');
      return reply
        .status(400)
        .send(errorBody('HEARTH_VALIDATION', `Please check what you sent (${fields}).`));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.status(status).send(errorBody(codeForClientError(error, status)));
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('HEARTH_INTERNAL'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(
        errorBody('HEARTH_NOT_FOUND', `There is nothing at ${request.method} ${request.url.split('?')[0]}.`),
      );
  });
}

function codeForClientError(error: FastifyError, status: number): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'HEARTH_PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'HEARTH_UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'HEARTH_BAD_JSON';
    default:
      break;
  }
  if (status === 413) return 'HEARTH_PAYLOAD_TOO_LARGE';
  if (status === 415) return 'HEARTH_UNSUPPORTED_MEDIA_TYPE';
  if (status === 404) return 'HEARTH_NOT_FOUND';
  if (status === 405) return 'HEARTH_METHOD_NOT_ALLOWED';
  if (status === 429) return 'HEARTH_RATE_LIMITED';
  return 'HEARTH_VALIDATION';
}
