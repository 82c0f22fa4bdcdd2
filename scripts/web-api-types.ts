// Writes the types of the API's answers for the web app from the OpenAPI document, so they are never written
// twice: `npm run web:types`. A test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApplication } from '../src/app.js';

export const TYPES_FILE = fileURLToPath(new URL('../web/src/api/openapi.d.ts', import.meta.url));

/** The TypeScript text of the API's paths, from the document the API serves. */
export async function apiTypesText(): Promise<string> {
  const application = await createApplication({ kind: 'sqlite', file: ':memory:' });
  try {
    const api = await application.api();
    const document = api.swagger() as unknown as Parameters<typeof openapiTS>[0];
    await api.close();
    const ast = await openapiTS(document, { exportType: true, alphabetize: true });
    return `// Generated from the API's OpenAPI document by \`npm run web:types\`: do not edit.\n${astToString(ast)}`;
  } finally {
    await application.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TYPES_FILE, await apiTypesText());
  process.stdout.write(`wrote ${TYPES_FILE}\n`);
}
