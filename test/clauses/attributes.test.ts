import { describe, expect, it } from 'vitest';
import { readParticipleAttributes } from '../../src/clauses/attributes.js';
import { languagePack } from '../../src/lang/index.js';
import type { Language } from '../../src/types.js';
import { tokenize } from '../../src/text/tokens.js';

const attributes = (lang: Language, text: string) =>
  readParticipleAttributes({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang)).map((a) => [
    a.text,
    a.lemma,
    a.status,
    a.head.text,
  ]);

describe('participles used as attributes', () => {
  it('reads the verb, the noun and whether the noun is planned or done', () => {
    expect(attributes('de', 'Greenpeace fordert Ziele im angekündigten Aktionsplan.')).toEqual([
      ['angekündigten', 'ankündigen', 'announced', 'Aktionsplan'],
    ]);
    expect(
      attributes('de', 'Greenpeace fordert Ziele im von der Regierung vorgelegten Aktionsplan.'),
    ).toEqual([['vorgelegten', 'vorlegen', 'done', 'Aktionsplan']]);
    expect(attributes('de', 'Kritiker lehnen die geplante Reform ab.')).toEqual([
      ['geplante', 'planen', 'planned', 'Reform'],
    ]);
    expect(attributes('en', 'Critics attacked the proposed law.')).toEqual([
      ['proposed', 'propose', 'planned', 'law'],
    ]);
    expect(attributes('en', 'Critics attacked the passed law.')).toEqual([['passed', 'pass', 'done', 'law']]);
  });

  it('does not read a verb of the clause or a participle without its noun as an attribute', () => {
    expect(attributes('de', 'Die Regierung hat den Plan vorgelegt.')).toEqual([]);
    expect(attributes('en', 'The plan was presented in May.')).toEqual([]);
    expect(attributes('en', 'The company presented plans.')).toEqual([]);
  });
});
