import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { relateNouns, relateVerbs, type Relation } from '../../src/lexicon/relate.js';
import { compoundSplits, onlyCommonNoun } from '../../src/lexicon/thesaurus-relation.js';

type LanguageCode = 'de' | 'en';

const de = languagePack('de');
const en = languagePack('en');

/** [source, rewrite, relation, resource]: words folded as the engine's tokens are. */
const german: [string, string, Relation, string?][] = [
  ['ärzte', 'mediziner', 'same', 'OpenThesaurus'],
  ['veränderungen', 'veränderung', 'same', 'german-pos-dict'],
  ['test-infrastruktur', 'testinfrastruktur', 'same', 'spelling'],
  ['punktgleich', 'punktegleich', 'same', 'word formation'],
  // One modifier before two heads of one synonym set.
  ['wandermöglichkeiten', 'wanderwege', 'same', 'word formation'],
  ['laptop', 'computer', 'broader', 'OpenThesaurus'],
  ['computer', 'laptop', 'narrower', 'OpenThesaurus'],
  ['bundesgesundheitsministerium', 'gesundheitsministerium', 'broader', 'word formation'],
  ['innenministerium', 'ministerium', 'broader', 'word formation'],
  ['ingenieure', 'ökonomen', 'sibling', 'OpenThesaurus'],
  ['gesundheitsministerium', 'innenministerium', 'sibling', 'OpenThesaurus and word formation'],
  ['klimaschutzministeriums', 'landwirtschaftsministeriums', 'sibling', 'OpenThesaurus and word formation'],
  ['präsident', 'kanzler', 'unknown'],
  // Kinds of person straight below "Mensch": one person is several at once.
  ['touristen', 'gäste', 'unknown'],
  ['besucher', 'urlauber', 'unknown'],
  ['milch', 'käse', 'sibling', 'FreeDict and WordNet'],
];

const english: [string, string, Relation][] = [
  ['doctors', 'physicians', 'same'],
  ['birds', 'poultry', 'same'],
  ['bond', 'loan', 'sibling'],
  ['coffee', 'tea', 'sibling'],
  ['infections', 'cases', 'unknown'],
  // A kind shared only in senses no reader has in mind: "ordinary" (a heraldic charge), "standard" (a flag).
  ['standard', 'ordinary', 'unknown'],
  ['wine', 'broth', 'sibling'],
  // One defined by the other: "a statute in draft"; but what a thing is made from is another thing ("a solid food
  // prepared from the pressed curd of milk").
  ['bill', 'draft', 'same'],
  ['milk', 'cheese', 'sibling'],
  // An adjective derived from the noun, whatever rare noun senses it has ("central", a telephone exchange).
  ['centre', 'central', 'same'],
  ['economy', 'economic', 'same'],
];

describe('relateNouns', () => {
  it.each(german)('de: %s → %s is %s (%s)', (source, rewrite, relation, resource) => {
    const found = relateNouns(source, rewrite, de);
    expect(found.relation).toBe(relation);
    if (resource) expect(found.resource).toBe(resource);
  });
  it.each(english)('en: %s → %s is %s (WordNet)', (source, rewrite, relation) => {
    const found = relateNouns(source, rewrite, en);
    expect(found.relation).toBe(relation);
    if (relation !== 'unknown') expect(found.resource).toBe('WordNet');
  });
  it('names the kind two siblings share', () => {
    expect(relateNouns('gesundheitsministerium', 'innenministerium', de).via).toBe('Ministerium');
    expect(relateNouns('bond', 'loan', en).via).toBe('possession');
  });
});

describe('compound splits', () => {
  it('splits at every known head whose modifier is a word, the linking letters off', () => {
    expect(compoundSplits('landwirtschaftsministerium', de)).toEqual([
      { modifier: 'land', head: 'wirtschaftsministerium' },
      { modifier: 'landwirtschaft', head: 'ministerium' },
    ]);
  });
  it('does not split a word at a chance word inside it', () => {
    expect(compoundSplits('präsident', de)).toEqual([]);
    expect(compoundSplits('strasse', de)).toEqual([]);
  });
  it('has no compounds where the pack has no thesaurus', () => {
    expect(compoundSplits('firefighter', en)).toEqual([]);
  });
});

describe('onlyCommonNoun', () => {
  it('is an inflected form or a derived noun, never a lemma that may be a surname', () => {
    expect(onlyCommonNoun('menschen', de)).toBe(true);
    expect(onlyCommonNoun('veränderungen', de)).toBe(true);
    expect(onlyCommonNoun('ankündigung', de)).toBe(true);
    expect(onlyCommonNoun('berg', de)).toBe(false);
    expect(onlyCommonNoun('fischer', de)).toBe(false);
    expect(onlyCommonNoun('kallas', de)).toBe(false);
  });
});

describe('verbs of one event', () => {
  const rows: [LanguageCode, string, string, Relation, string?][] = [
    ['en', 'raise', 'lift', 'same', 'WordNet'],
    ['en', 'find', 'discover', 'same', 'WordNet'],
    // "take" and "hold" share only a rare sense ("contain": the 38th of "take").
    ['en', 'take', 'hold', 'unknown'],
    ['en', 'meet', 'hold', 'unknown'],
    ['de', 'erhöhen', 'anheben', 'same', 'OpenThesaurus'],
    ['de', 'bestätigen', 'klären', 'unknown'],
    ['de', 'geben', 'nehmen', 'unknown'],
  ];
  it.each(rows)('%s: %s → %s is %s', (lang, source, rewrite, relation, resource) => {
    const found = relateVerbs(source, rewrite, lang === 'de' ? de : en);
    expect(found.relation).toBe(relation);
    if (resource) expect(found.resource).toBe(resource);
  });
});
