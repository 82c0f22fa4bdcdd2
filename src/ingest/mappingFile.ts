import { createHash } from 'node:crypto';

/** A mapping file's part of an import's identity: its content, so an edited mapping is another import. */
export function mappingProfileId(text: string): string {
  return `mapping:sha256:${createHash('sha256').update(text).digest('hex')}`;
}
