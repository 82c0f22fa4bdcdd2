import { rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError, invalidInput } from '../../core/errors.js';
import { parseMapping } from '../../core/importing/mapping.js';
import { BUILT_IN_PROFILES } from '../../core/importing/profiles/index.js';
import type { ImportProfile } from '../../core/importing/types.js';
import type { ImportOptions } from '../../ingest/importFile.js';
import { mappingProfileId } from '../../ingest/mappingFile.js';
import { formatFromExtension } from '../../ingest/readers/detect.js';
import type { ReadLimits } from '../../ingest/readers/limits.js';
import type { TableFormat } from '../../ingest/readers/table.js';
import { receiveMultipart, receiveRawBody, type Upload } from '../importUpload.js';
import type { ImportQuery } from './importSchemas.js';

/** A 400 naming the query parameter at fault, as the route's own validation names it. */
export function queryIssue(name: string, message: string): DomainError {
  return invalidInput([{ path: ['querystring', name], message }], 'the request is not valid');
}

const PROFILE_NAMES = [...BUILT_IN_PROFILES.keys()].join(', ');

/**
 * The file of an upload on disk. A raw body needs its profile and its name from the query, which is checked
 * before a byte is read; a form may bring its mapping along, so its profile is settled after it is read.
 */
export async function receiveImportUpload(
  request: FastifyRequest,
  query: ImportQuery,
  limit: number,
): Promise<Upload> {
  if (request.isMultipart()) return receiveMultipart(request, { limit, fileName: query.fileName });
  if (query.profile === undefined) {
    throw queryIssue(
      'profile',
      `name a built-in profile (${PROFILE_NAMES}), or send a multipart form with a "mapping" part`,
    );
  }
  if (query.fileName === undefined) {
    throw queryIssue('fileName', 'name the file (with its extension): a raw body has no name of its own');
  }
  return receiveRawBody(request, { limit, fileName: query.fileName });
}

export interface ChosenProfile {
  profile: ImportProfile;
  /** The import's profile identity: the built-in name, or the mapping text's hash. */
  profileId: string;
}

function chooseProfile(query: ImportQuery, mapping: string | undefined): ChosenProfile {
  if (mapping !== undefined) {
    if (query.profile !== undefined)
      throw queryIssue('profile', 'give a built-in profile or a mapping part, not both');
    try {
      return { profile: parseMapping(mapping, 'mapping'), profileId: mappingProfileId(mapping) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const issues = (error.details.issues ?? []).map((issue) => ({
        ...issue,
        path: ['body', 'mapping', ...issue.path],
      }));
      throw new DomainError(error.code, error.message, { ...error.details, issues });
    }
  }
  const profile = query.profile === undefined ? undefined : BUILT_IN_PROFILES.get(query.profile);
  if (!profile) {
    throw queryIssue(
      'profile',
      `name a built-in profile (${PROFILE_NAMES}), or send a multipart form with a "mapping" part`,
    );
  }
  return { profile, profileId: profile.name };
}

/** The profile of a received upload; the file is removed when there is none to use. */
export async function settleProfile(query: ImportQuery, upload: Upload): Promise<ChosenProfile> {
  try {
    return chooseProfile(query, upload.mapping);
  } catch (error) {
    await rm(upload.file.directory, { recursive: true, force: true });
    throw error;
  }
}

const FORMAT_OF_TYPE: Readonly<Record<string, TableFormat>> = {
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** The format the content type names, when neither the query nor the file's name says: the readers sniff else. */
function formatOf(query: ImportQuery, upload: Upload): TableFormat | undefined {
  if (query.format !== undefined) return query.format;
  if (formatFromExtension(upload.file.path) !== undefined) return undefined;
  return FORMAT_OF_TYPE[upload.contentType];
}

/**
 * The importer's options from the query, as `custodia import` takes them from its flags; the read limits are the
 * server's (`custodia serve --max-…`), never the sender's.
 */
export function importOptions(
  query: ImportQuery,
  chosen: ChosenProfile,
  upload: Upload,
  limits: Partial<ReadLimits> = {},
): Omit<ImportOptions, 'record' | 'fileName'> {
  return {
    ...limits,
    profile: chosen.profile,
    profileId: chosen.profileId,
    dataset: query.dataset,
    title: query.title,
    publisher: query.publisher,
    url: query.url,
    sheet: query.sheet,
    format: formatOf(query, upload),
    delimiter: query.delimiter === 'tab' ? '\t' : query.delimiter,
    encoding: query.encoding,
    fictional: query.fictional === 'true',
    dryRun: query.dryRun === 'true',
    stopOnError: query.stopOnError === 'true',
  };
}
