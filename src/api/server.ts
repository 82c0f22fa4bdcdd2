import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Actor, Store } from '../core/ports/store.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import type { Rules } from '../core/usecases/findings.js';
import { handleError, handleNotFound } from './errorMapping.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerFindingRoutes } from './routes/findings.js';
import { registerHomeRoute } from './routes/home.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerLinkageRoutes } from './routes/linkage.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerViewRoutes } from './routes/views.js';

export interface ApiDependencies {
  store: Store;
  /** The use-case context for an actor (store, id generator, actor). */
  context(actor: Actor): UseCaseContext;
  clock(): Date;
  /** The rule pack in force, for rendering stored findings in words. */
  rules: Rules;
  version: string;
}

export interface ApiOptions {
  /** Largest request body in bytes; larger ones get 413. */
  bodyLimit?: number;
  /** Largest file `POST /api/imports` takes (streamed to disk, not held); larger ones get 413. Default 2 GiB. */
  importLimit?: number;
  logger?: FastifyServerOptions['logger'];
}

/** The HTTP API over the given dependencies, ready for `inject` in tests or `listen` in `custodia serve`. */
export async function buildApi(
  dependencies: ApiDependencies,
  options: ApiOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Ids and filter values are never this long; a shorter limit keeps junk URLs cheap.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    // Malformed URLs (bad percent-encoding) are answered by the same error catalogue as everything else.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  // Every body here is JSON: other content types get 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custodia API',
        version: dependencies.version,
        description:
          "Registry of cross-border custody transfers under deportation agreements. Every fact cites its sources; person data is shown according to the caller's role.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerHomeRoute(app);
  registerViewRoutes(app, dependencies);
  registerFindingRoutes(app, dependencies);
  registerLinkageRoutes(app, dependencies);
  registerSearchRoutes(app, dependencies);
  registerEntityRoutes(app, dependencies, new Set(['person', 'agreement']));
  await registerImportRoutes(app, dependencies, { importLimit: options.importLimit ?? 2 * 1024 ** 3 });
  await app.ready();
  return app;
}
