import { describe, expect, it } from 'vitest';
import { senseOf, translationsOf } from '../../bench/lexicons/dictd.js';
import { germanOpposites, translationsByWord } from '../../bench/lexicons/german-antonyms.js';
import type { AntonymSense } from '../../bench/lexicons/wordnet-antonym-pointers.js';

const entry = (head: string, part: string, translations: string) =>
  senseOf(`${head} /ipa/ <${part}>\n${translations}\n   Synonym: {x}\n`)!;

const antonym = (
  word: string,
  opposite: string,
  cluster: string[],
  oppositeCluster: string[],
): AntonymSense => ({
  word,
  opposite,
  cluster: new Set([word, ...cluster]),
  oppositeCluster: new Set([opposite, ...oppositeCluster]),
});

describe('FreeDict entries (dictd)', () => {
  it('reads a sense: the headword, its part of speech, its translations without labels', () => {
    expect(senseOf('Anstieg /ˈanʃtˌiːk/ <masc, n, sg>\n [med.] increase <n>, rise <n> [formal]\n')).toEqual({
      headword: 'Anstieg',
      part: 'n',
      translations: [
        { term: 'increase', part: 'n' },
        { term: 'rise', part: 'n' },
      ],
    });
    expect(translationsOf('unfavourable <adj> [Br.] , unfavorable <adj> [Am.]')).toEqual([
      { term: 'unfavourable', part: 'adj' },
      { term: 'unfavorable', part: 'adj' },
    ]);
  });
});

describe('German opposites (FreeDict and WordNet)', () => {
  const senses = [
    entry('kurz', 'adj', 'short <adj>, brief <adj>'),
    entry('lang', 'adj', 'long <adj>'),
    entry('hell', 'adj', 'light <adj>, bright <adj>'),
    entry('schwer', 'adj', 'heavy <adj>'),
    entry('leicht', 'adj', 'light <adj>, lightweight <adj>'),
    entry('knapp', 'adj', 'short <adj>, scarce <adj>'),
    entry('lang', 'adv', 'long <adv>'),
    entry('Kurs', 'n', 'course <n>'),
  ];
  const english = new Map([
    [
      'adj',
      [
        antonym('short', 'long', ['brief', 'fleeting'], ['lengthy']),
        antonym('light', 'heavy', ['lightweight', 'airy'], ['weighty']),
      ],
    ],
  ]);
  const byWord = translationsByWord(senses);

  it('keeps adjectives and adverbs, each translation under its own part of speech', () => {
    expect([...byWord.keys()]).toEqual(['kurz', 'lang', 'hell', 'schwer', 'leicht', 'knapp']);
    expect(byWord.get('lang')).toEqual(
      new Map([
        ['adj', new Set(['long'])],
        ['adv', new Set(['long'])],
      ]),
    );
  });

  it('pairs words whose translations are opposites in the sense their other translations share', () => {
    const pairs = germanOpposites(byWord, english).map((p) => p.join(':'));
    expect(pairs).toContain('kurz:lang');
    expect(pairs).toContain('leicht:schwer');
    // "hell" is "light" as "bright" is, not the "light" whose opposite is "heavy"; "knapp" is "short" as "scarce".
    expect(pairs).not.toContain('hell:schwer');
    expect(pairs).not.toContain('knapp:lang');
  });

  it('pairs words of many translations whose opposites hold as adjectives and as adverbs alike', () => {
    const many = translationsByWord([
      entry('natürlich', 'adj', 'native <adj>, unadorned <adj>, natural <adj>'),
      entry('natürlich', 'adv', 'naturally <adv>, artlessly <adv>'),
      entry('künstlich', 'adj', 'artificial <adj>, factitious <adj>'),
      entry('künstlich', 'adv', 'artificially <adv>, factitiously <adv>'),
      entry('hell', 'adj', 'light <adj>, bright <adj>'),
      entry('hell', 'adv', 'brightly <adv>'),
      entry('schwer', 'adj', 'heavy <adj>, difficult <adj>'),
      entry('schwer', 'adv', 'heavily <adv>'),
    ]);
    const opposites = new Map([
      [
        'adj',
        [
          antonym('natural', 'artificial', ['unbleached'], ['unreal']),
          antonym('light', 'heavy', ['lightweight'], ['weighty']),
        ],
      ],
      ['adv', [antonym('naturally', 'artificially', [], []), antonym('lightly', 'heavily', [], [])]],
    ]);
    const pairs = germanOpposites(many, opposites).map((p) => [...p].sort().join(':'));
    expect(pairs).toContain('künstlich:natürlich');
    // "hell" is no "lightly": as adverbs nothing confirms the "light" whose opposite is "heavy".
    expect(pairs).not.toContain('hell:schwer');
  });

  it('leaves out words that share a translation: some sense of theirs agrees', () => {
    const withShared = translationsByWord([...senses, entry('schwer', 'adj', 'lightweight <adj>')]);
    expect(germanOpposites(withShared, english).map((p) => p.join(':'))).not.toContain('leicht:schwer');
  });
});
