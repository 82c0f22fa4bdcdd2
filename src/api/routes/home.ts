import type { FastifyInstance } from 'fastify';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Custodia</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2rem}</style>
</head>
<body>
<h1>Custodia</h1>
<p>A registry and monitor of cross-border custody transfers made under deportation agreements.</p>
<p lang="es">Un registro y monitor de traslados de custodia transfronterizos hechos bajo acuerdos de deportación.</p>
<ul>
<li><a href="/api/docs">API documentation</a> (interactive) and the <a href="/api/openapi.json">OpenAPI 3 document</a></li>
<li><a href="/api/agreements">Agreements</a>, <a href="/api/facilities">facilities</a>, <a href="/api/reported-counts">reported counts</a>, <a href="/api/stats">statistics</a></li>
<li><a href="/api/health">Health</a></li>
</ul>
<p>Demo persons are fictional; their source says so.</p>
</body>
</html>`;

/** The landing page until the web app exists: where the API and its documentation are. */
export function registerHomeRoute(app: FastifyInstance): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
}
