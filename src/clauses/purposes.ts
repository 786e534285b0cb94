import type { LanguagePack } from '../lang/pack.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import type { Clause } from './types.js';
import { verbReader } from './verb-forms.js';

/** How many words a purpose clause may hold between its opener and its infinitive: "um eine Erneuerung der Kirche auszulösen". */
const PURPOSE_REACH = 10;

/** The token after a phrase of the pack's starting at `at` ("in order" of "in order to"), or -1. */
function afterPhrase(tokens: readonly Token[], at: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.every((w, k) => tokens[at + k]?.norm === w)) return at + words.length;
  }
  return -1;
}

/**
 * The infinitive a purpose opener governs, up to the end of its segment: a zu-infinitive ("auszulösen") or the
 * infinitive after the marker ("zu lösen", "to start").
 */
function infinitiveAfter(
  s: TokenizedSentence,
  from: number,
  pack: LanguagePack,
): { marker?: Token; token: Token; lemma: string } | undefined {
  const read = verbReader(pack);
  const marker = pack.verbGrammar.infinitiveMarker;
  for (let i = from; i < s.tokens.length && i < from + PURPOSE_REACH; i++) {
    const token = s.tokens[i]!;
    if (i > from && /[,;:.!?]/.test(s.text.slice(s.tokens[i - 1]!.end, token.start))) return undefined;
    const readings = read(token.norm);
    const joined = readings.find((r) => r.form === 'zu-infinitive');
    if (joined) return { token, lemma: joined.lemma };
    const marked =
      s.tokens[i - 1]?.norm === marker ? readings.find((r) => r.form === 'infinitive') : undefined;
    if (marked && i > from) return { marker: s.tokens[i - 1]!, token, lemma: marked.lemma };
  }
  return undefined;
}

/**
 * Purpose clauses: "um … auszulösen", "in order to start". What they name is the aim of the clause they hang on,
 * still to come when it was written, never told as done; a rewrite that tells it as done ("löste … aus") reports an
 * aim as achieved. The clause they stand in ends before them.
 */
export function readPurposes(s: TokenizedSentence, clauses: readonly Clause[], pack: LanguagePack): Clause[] {
  const openers = pack.verbGrammar.purposeOpeners;
  if (!openers?.length) return [...clauses];
  const out: Clause[] = [];
  for (const clause of clauses) {
    const inside = s.tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => s.start + t.start >= clause.start && s.start + t.end <= clause.end);
    const opener = inside.find(({ i }) => afterPhrase(s.tokens, i, openers) >= 0);
    const infinitive = opener && infinitiveAfter(s, afterPhrase(s.tokens, opener.i, openers), pack);
    // The clause's own verb stands before the opener: the purpose hangs on it.
    const hostVerbBefore = !clause.verb || clause.verb.finite.start < s.start + (opener?.t.start ?? 0);
    // Right after a word of degree ("stark genug, um … zu"), or hung on a verb of sufficiency ("reichte nicht aus,
    // um … zu kommen"), the clause tells what can be, not an aim: it stays part of its clause.
    const sufficiency = pack.verbGrammar.degreeWords;
    const before = opener && s.tokens[opener.i - 1];
    const host = clause.verb ?? out.at(-1)?.verb;
    const degree =
      !!sufficiency &&
      ((!!before && sufficiency.has(before.norm)) || (!!host && sufficiency.has(host.lemma)));
    if (!opener || !infinitive || !hostVerbBefore || degree) {
      out.push(clause);
      continue;
    }
    const start = s.start + opener.t.start;
    const end = s.start + infinitive.token.end;
    const words = [...(infinitive.marker ? [infinitive.marker] : []), infinitive.token].map((t) => ({
      start: s.start + t.start,
      end: s.start + t.end,
      text: t.text,
    }));
    // A clause of the purpose alone, read without a verb ("…, um die Kosten zu decken"), is the purpose clause.
    const previous = s.tokens.filter((t) => s.start + t.end <= start).at(-1);
    if (previous && s.start + previous.end > clause.start)
      out.push({ ...clause, end: s.start + previous.end });
    out.push({
      start,
      end: Math.max(end, clause.end),
      kind: 'subordinate',
      verb: {
        lemma: infinitive.lemma,
        text: words.map((w) => w.text).join(' '),
        words,
        finite: { ...words.at(-1)!, lemma: infinitive.lemma },
        tense: 'future',
        aspect: 'simple',
        passive: false,
        modal: 'intended',
      },
      status: 'planned',
      mood: 'indicative',
      purpose: true,
    });
  }
  return out;
}
