import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesText, TYPES_FILE } from '../../scripts/web-api-types.js';
import { en } from '../../web/src/i18n/en.js';
import { es } from '../../web/src/i18n/es.js';

/** The arguments a message uses, and the plural categories each plural argument gives. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string[]>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      into.set(element.value, into.get(element.value) ?? []);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.set(element.value, Object.keys(element.options).sort());
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe('the message catalogues', () => {
  it('hold the same messages in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(es)) expect(message.trim(), id).not.toBe('');
  });

  it('parse as ICU messages with the same arguments, and Spanish plurals say one, many and other', () => {
    for (const id of Object.keys(en) as Array<keyof typeof en>) {
      const english = argumentsOf(parse(en[id]));
      const spanish = argumentsOf(parse(es[id]));
      expect([...spanish.keys()].sort(), id).toEqual([...english.keys()].sort());
      for (const [name, categories] of spanish) {
        const isPlural = /\{\s*\w+\s*,\s*plural/.test(es[id]) && categories.includes('other');
        if (isPlural && !categories.some((category) => category.startsWith('=')))
          expect(categories, `${id}: ${name}`).toEqual(expect.arrayContaining(['many', 'one', 'other']));
      }
    }
  });
});

describe('the web app types of API answers', () => {
  it('are what the OpenAPI document gives today (npm run web:types writes them)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await apiTypesText());
  }, 60_000);
});
