import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { fieldIssueOf } from '../../shared/issues/fieldIssue';
import { issueText, type Translate } from '../../shared/issues/issueText';
import { requestT } from './requestLanguage';

/** An error whose message is safe and useful to show the person who made the request. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const unauthorized = () =>
  new HttpError(401, 'unauthorized', 'Please sign in. Your session is missing or has expired.');
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found.`);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);

export function errorHandler(
  error: FastifyError & { statusCode?: number; code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Each issue back as zod reported it (the error map put its code in the message), then
    // worded in the request's language; `issues` lets a form put each next to its field.
    const issues = error.validation.map((v) =>
      fieldIssueOf({
        ...v.params,
        code: v.keyword,
        message: String(v.message),
        path: v.instancePath.split('/').filter(Boolean),
      } as unknown as z.core.$ZodIssue),
    );
    const t = requestT(request) as Translate;
    const details = issues.map((issue) =>
      issue.path ? `${issue.path}: ${issueText(issue, t)}` : issueText(issue, t),
    );
    return reply.code(400).send({ error: 'invalid_input', message: details.join(' '), issues });
  }
  if (error instanceof HttpError) {
    return reply.code(error.statusCode).send({ error: error.code, message: error.message });
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send({ error: 'internal', message: 'Something went wrong on the server.' });
  }
  // Fastify's own 4xx errors (malformed JSON, body too large, wrong content type, rate limit).
  return reply.code(status).send({
    error: (error.code ?? 'bad_request').toLowerCase(),
    message: error.message,
  });
}
