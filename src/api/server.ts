import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { cursorCodec, type CursorCodec } from '../core/access/cursors.js';
import type { Actor, Store } from '../core/ports/store.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import type { Rules } from '../core/usecases/findings.js';
import type { ReadLimits } from '../ingest/readers/limits.js';
import { DEFAULT_ACCESS, registerAccess, type AccessOptions } from './access.js';
import { handleError, handleNotFound } from './errorMapping.js';
import { answerComponents } from './openapiComponents.js';
import { isAppPage, registerWebApp, sendAppPage } from './webApp.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerLocatorRoutes } from './routes/locator.js';
import type { LocatorSettings } from '../core/usecases/locate.js';
import { registerConflictRoutes } from './routes/conflicts.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerFacilityRoutes } from './routes/facilities.js';
import { registerFindingRoutes } from './routes/findings.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerLinkageRoutes } from './routes/linkage.js';
import { registerReconciliationRoutes } from './routes/reconciliation.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerViewRoutes } from './routes/views.js';

export interface ApiDependencies {
  store: Store;
  /** The use-case context for an actor (store, id generator, actor). */
  context(actor: Actor): UseCaseContext;
  clock(): Date;
  /** The rule pack in force, for rendering stored findings in words. */
  rules: Rules;
  version: string;
  /** Seals and opens list cursors with a key every API process shares. */
  cursors: CursorCodec;
  access: AccessOptions;
  /** Who answers the families of the locator (configuration). */
  locator: LocatorSettings;
}

export interface ApiOptions {
  /** Largest request body in bytes; larger ones get 413. */
  bodyLimit?: number;
  /** Largest file `POST /api/imports` takes (streamed to disk, not held); larger ones get 413. Default 2 GiB. */
  importLimit?: number;
  /** What an imported file may decompress to, and its longest line and cell; default the readers' defaults. */
  readLimits?: Partial<ReadLimits>;
  logger?: FastifyServerOptions['logger'];
  /** Sessions, cookies and the anonymous rate limit; see AccessOptions. */
  access?: Partial<AccessOptions>;
  /**
   * Behind a reverse proxy: trust its `X-Forwarded-For` for the client's address (rate limits, audit). `true`
   * trusts every hop; an address, CIDR list or hop count trusts only those (Fastify's `trustProxy`).
   */
  trustProxy?: boolean | string | number;
  locator?: LocatorSettings;
}

/** The locator's answer when the operators configured nothing: who runs this registry answers. */
const DEFAULT_LOCATOR: LocatorSettings = {
  organisation: 'The organisation that runs this registry',
  contact: 'the contact address it publishes',
};

/** The API's content security policy: its own scripts only (the documentation page included), no framing. */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Swagger UI and charts set inline style attributes; styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

/** The HTTP API over the given dependencies, ready for `inject` in tests or `listen` in `custodia serve`. */
export async function buildApi(
  base: Omit<ApiDependencies, 'cursors' | 'access' | 'locator'>,
  options: ApiOptions = {},
): Promise<FastifyInstance> {
  const access: AccessOptions = { ...DEFAULT_ACCESS, ...options.access };
  const cursorKey = await base.store.sharedKey(
    'cursor',
    () => randomBytes(32).toString('base64'),
    base.clock().toISOString(),
  );
  const dependencies: ApiDependencies = {
    ...base,
    cursors: cursorCodec(Buffer.from(cursorKey, 'base64')),
    access,
    locator: options.locator ?? DEFAULT_LOCATOR,
  };
  const app = Fastify({
    trustProxy: options.trustProxy ?? false,
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
  // The browser app routes its own pages: an address it knows is answered with its page, never a JSON 404.
  app.setNotFoundHandler(
    (request, reply) =>
      (isAppPage(request) ? sendAppPage(reply) : undefined) ?? handleNotFound(request, reply),
  );
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custodia API',
        version: dependencies.version,
        description:
          "Registry of cross-border custody transfers under deportation agreements. Every fact cites its sources; person data is shown according to the caller's role. Sign in with POST /api/session (a session cookie; writes made with it send X-CSRF-Token) or send an API token as Authorization: Bearer ctk_…; without either you are the public.",
      },
      components: {
        securitySchemes: {
          token: { type: 'http', scheme: 'bearer', description: 'An API token (custodia token create)' },
          session: { type: 'apiKey', in: 'cookie', name: 'custodia_session' },
        },
      },
      security: [{ token: [] }, { session: [] }, {}],
    },
    transform: jsonSchemaTransform,
    transformObject: answerComponents,
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // Only over https: a browser told so on http://127.0.0.1 would refuse the demo over plain http.
    hsts: access.secureCookies,
  });
  await app.register(fastifyCookie);
  registerAccess(app, dependencies.store, access, dependencies.clock);
  await app.register(fastifySwaggerUi, {
    // Its page loads only its own scripts (no inline ones), so the API's policy covers it as it is.
    routePrefix: '/api/docs',
    // The validator badge would fetch an image from swagger.io: nothing is fetched from elsewhere.
    uiConfig: { validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app);
  registerSessionRoutes(app, dependencies);
  registerAccountRoutes(app, dependencies);
  registerAuditRoutes(app, dependencies);
  registerLocatorRoutes(app, dependencies);
  registerViewRoutes(app, dependencies);
  registerFindingRoutes(app, dependencies);
  registerConflictRoutes(app, dependencies);
  registerLinkageRoutes(app, dependencies);
  registerSearchRoutes(app, dependencies);
  registerReconciliationRoutes(app, dependencies);
  registerFacilityRoutes(app, dependencies);
  registerEntityRoutes(app, dependencies, new Set(['person', 'agreement']));
  await registerImportRoutes(app, dependencies, {
    importLimit: options.importLimit ?? 2 * 1024 ** 3,
    readLimits: options.readLimits ?? {},
  });
  await app.ready();
  return app;
}
