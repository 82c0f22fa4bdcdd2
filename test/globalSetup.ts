import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../scripts/build-web.js';
import { findPostgres } from './helpers/postgresServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** Finds (or starts) PostgreSQL once for the whole run and says which one the PostgreSQL tests use. */
export default async function setup(project: TestProject) {
  // The browser tests load the built web app: build it first when its sources changed.
  if (await buildWebIfStale()) process.stdout.write('Built the web app for the browser tests\n');
  const server = await findPostgres();
  process.stdout.write(`PostgreSQL tests run against ${server.description}\n`);
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
