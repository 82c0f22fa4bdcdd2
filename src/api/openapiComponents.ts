import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ANSWER_COMPONENTS } from './routes/entityAnswers.js';

/**
 * The OpenAPI document's named schemas: the entity answers (entityAnswers.ts), written once and referred to
 * wherever an answer holds one, so a client gets one `Transfer` type rather than a copy per route. The provider
 * writes an input form of every named schema too (`TransferInput`); answers are never sent, so those would only
 * mislead a client into taking them for request bodies, and are left out.
 */
export const answerComponents: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input);
  const schemas = (document as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  for (const name of ANSWER_COMPONENTS) delete schemas?.[`${name}Input`];
  return document;
};
