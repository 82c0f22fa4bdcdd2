import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm start` (scripts/build-web.ts) puts the built browser app. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custodia</title></head>
<body><main><h1>Custodia</h1><p>The web app is not built: run <code>npm start</code> (it builds it) or
<code>node bin/run-ts.js scripts/build-web.ts</code>. The API and its documentation are at <a href="/api/docs">/api/docs</a>.</p>
<p lang="es">La aplicación web no está compilada; la API está en <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/**
 * The browser app, served by the API's own process from its built files: its assets under their hashed names
 * (cached for a year), and its one page for every address that is not an API route (the app routes in the
 * browser). Without a build, a page that says how to make one.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const built = existsSync(`${WEB_DIST}index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: true,
      index: false,
      setHeaders(response, path) {
        response.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    // The same routes as a build registers, so the access policy has one shape whether or not it was built.
    app.get('/*', { schema: { hide: true } }, async (request, reply) =>
      isAppPage(request) ? reply.type('text/html; charset=utf-8').send(NOT_BUILT) : reply.callNotFound(),
    );
  }
  app.get(
    '/',
    { schema: { hide: true } },
    async (_request, reply) => sendAppPage(reply) ?? reply.type('text/html; charset=utf-8').send(NOT_BUILT),
  );
}

/** An address the browser app answers itself: a GET for a page, not an API route or a file. */
export function isAppPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return (
    request.method === 'GET' &&
    !path.startsWith('/api/') &&
    path !== '/api' &&
    !/\.[a-z0-9]+$/i.test(path) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

/** The app's page for an address only the browser app knows (its own routes), if the app is built. */
export function sendAppPage(reply: FastifyReply): FastifyReply | undefined {
  if (!existsSync(`${WEB_DIST}index.html`)) return undefined;
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .sendFile('index.html', WEB_DIST);
}
