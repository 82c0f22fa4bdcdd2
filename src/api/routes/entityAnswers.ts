/**
 * The response schema of each entity kind, made from the kind's own schema so that the two never drift apart.
 *
 * A kind's schema is written for input: it trims and bounds text, resolves country names, parses instants, fills
 * defaults and refines across fields. Its answer schema keeps the shape and the enums and drops the rest:
 * - every object becomes loose (a field the schema does not name passes through; nothing is stripped);
 * - text is any string, whatever its bounds: a viewer gets person data with identifiers, notes and free text
 *   reading `withheld` and birth dates as years (entityPresenter.ts), still strings;
 * - a field with a default becomes optional (a default would add the field to the answer rather than describe it;
 *   stored data has it anyway);
 * - countries, dates and instants are typed as they are stored (answerSchemas.ts); any other transform is refused
 *   here, when the routes are built, rather than typed wrongly.
 */
import { z } from 'zod';
import { KIND_ORDER, kindOf, type KindName } from '../../core/entities/index.js';
import type { Presented } from '../../core/presenters/entityPresenter.js';
import { countrySchema } from '../../core/values/country.js';
import { instantSchema } from '../../core/values/instant.js';
import { partialDateSchema } from '../../core/values/partialDate.js';
import {
  answerObject,
  conflictAnswer,
  countryAnswer,
  instantAnswer,
  nextCursorAnswer,
  partialDateAnswer,
  retractionAnswer,
} from './answerSchemas.js';

/** Value schemas whose transform changes the type: what each answers with. */
const VALUE_ANSWERS = new Map<z.ZodType, z.ZodType>([
  [countrySchema, countryAnswer],
  [partialDateSchema, partialDateAnswer],
  [instantSchema, instantAnswer],
]);

/** The documentation of the input schema, kept on its answer (not its id, if any: the answer is another schema). */
function described(answer: z.ZodType, input: z.ZodType): z.ZodType {
  const meta = z.globalRegistry.get(input);
  if (!meta) return answer;
  const { id: _id, ...documentation } = meta;
  return answer.meta(documentation);
}

function answerOfObject(shape: z.ZodRawShape): z.ZodObject {
  return z.looseObject(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, answerOf(field as z.ZodType)])),
  );
}

/** The answer schema of an input schema: see the module comment. */
export function answerOf(input: z.ZodType): z.ZodType {
  const known = VALUE_ANSWERS.get(input);
  if (known) return known;
  return described(structureOf(input), input);
}

function structureOf(input: z.ZodType): z.ZodType {
  // By type rather than class: formats (z.url(), z.int()) are classes of their own.
  const { type } = input._zod.def;
  if (type === 'string') return z.string();
  if (type === 'number') return z.number();
  if (type === 'boolean') return z.boolean();
  if (input instanceof z.ZodEnum) return z.enum(input.options as [string, ...string[]]);
  if (input instanceof z.ZodLiteral) return z.literal([...input.values] as Array<string | number | boolean>);
  if (input instanceof z.ZodArray) return z.array(answerOf(input.element as z.ZodType));
  if (input instanceof z.ZodOptional) return answerOf(input.unwrap() as z.ZodType).optional();
  if (input instanceof z.ZodDefault) return answerOf(input.unwrap() as z.ZodType).optional();
  if (input instanceof z.ZodNullable) return answerOf(input.unwrap() as z.ZodType).nullable();
  if (input instanceof z.ZodObject) return answerOfObject(input.shape);
  if (input instanceof z.ZodDiscriminatedUnion) {
    const options = (input.options as z.ZodObject[]).map((option) => answerOfObject(option.shape));
    return z.discriminatedUnion(input._zod.def.discriminator, options as [z.ZodObject, ...z.ZodObject[]]);
  }
  if (input instanceof z.ZodUnion) return z.union((input.options as z.ZodType[]).map(answerOf));
  if (input instanceof z.ZodRecord) return z.record(z.string(), answerOf(input.valueType as z.ZodType));
  if (type === 'unknown') return z.unknown();
  throw new Error(
    `no answer schema for a ${input._zod.def.type} schema: add its stored form to VALUE_ANSWERS`,
  );
}

/** The fields every presented entity carries beside its data (presentEntity). */
const META_FIELDS = {
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  retracted: retractionAnswer,
};

/** A loose object, or a discriminated union of them (legal events, agreement terms), with more fields on each. */
export function withFields(answer: z.ZodType, fields: z.ZodRawShape): z.ZodType {
  if (answer instanceof z.ZodObject) return answer.extend(fields);
  if (answer instanceof z.ZodDiscriminatedUnion) {
    const options = (answer.options as z.ZodObject[]).map((option) => option.extend(fields));
    return z.discriminatedUnion(answer._zod.def.discriminator, options as [z.ZodObject, ...z.ZodObject[]]);
  }
  throw new Error('an entity answer is an object or a discriminated union of objects');
}

const PERSONAL =
  'Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only.';

/** The name of a kind's answer among the OpenAPI document's schemas: `Transfer`, `PersonRecord`. */
function componentName(kindName: KindName): string {
  return kindName.charAt(0).toUpperCase() + kindName.slice(1);
}

/** The answers that are named schemas of the document, referred to wherever an answer holds one. */
export const ANSWER_COMPONENTS: readonly string[] = KIND_ORDER.map(componentName);

const built = new Map<KindName, z.ZodType>();

/**
 * A presented entity of the kind (src/core/presenters/entityPresenter.ts), typed in TypeScript as the presenter
 * types it: the fields of each kind are for the OpenAPI document and the serializer's check.
 */
export function entityAnswer(kindName: KindName): z.ZodType<Presented, Presented> {
  let answer = built.get(kindName);
  if (!answer) {
    const kind = kindOf(kindName);
    answer = withFields(answerOf(kind.schema as z.ZodType), META_FIELDS).meta({
      id: componentName(kindName),
      description: `The ${kind.label} as the caller's role sees it.${kind.personal ? ` ${PERSONAL}` : ''}`,
    });
    built.set(kindName, answer);
  }
  return answer as z.ZodType<Presented, Presented>;
}

/** A presented entity of the kind with more fields, typed in TypeScript as the presenter's and those fields. */
export function entityAnswerWith<Shape extends z.ZodRawShape>(
  kindName: KindName,
  fields: Shape,
): z.ZodType<Presented & z.output<z.ZodObject<Shape>>, Presented & z.input<z.ZodObject<Shape>>> {
  return withFields(entityAnswer(kindName), fields) as z.ZodType<
    Presented & z.output<z.ZodObject<Shape>>,
    Presented & z.input<z.ZodObject<Shape>>
  >;
}

/** A write's answer: the entity, and the conflicts the write left about it for kinds conflicts are about. */
export function entityWriteAnswer(kindName: KindName) {
  return entityAnswerWith(kindName, {
    conflicts: z.array(conflictAnswer).optional().meta({
      description: "the contradictions naming this fact among its person's facts (or a movement's own)",
    }),
  });
}

/** A page of a kind's list. */
export function entityListAnswer(kindName: KindName) {
  return answerObject({
    items: z.array(entityAnswer(kindName)),
    nextCursor: nextCursorAnswer,
    limit: z.number().int(),
  });
}
