import { isReportingVerb } from '../clauses/reporting-verbs.js';
import { isRoleNoun } from '../facts/people.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { writtenAsVerb, type Token } from '../text/tokens.js';
import { clauseWindow } from './clause-window.js';

/** Who says a reported claim when no name does: "An unnamed official told Politico", "wie ein Polizist sagte". */
export interface RoleSpeaker {
  /** The determiner, modifiers and role noun, as written. */
  mention: Mention;
  /** The role noun, folded. */
  head: string;
  /** Capitalised words before the role noun in a language that capitalises only names: the body ("Commission"). */
  body: string[];
  /** The phrase says the speaker is not named ("unnamed", "anonymous", "ungenannt"). */
  anonymous: boolean;
}

/** "ungenannter": a word that says the speaker is not named, in any of its inflected forms. */
const anonymousWord = (norm: string, pack: LanguagePack): boolean =>
  pack.anonymousSpeakerWords.has(norm) ||
  pack.modifierEndings.some(
    (e) => norm.endsWith(e) && pack.anonymousSpeakerWords.has(norm.slice(0, -e.length)),
  );

/** How far from its reporting verb a speaker's phrase may stand. */
const REACH = 4;

/**
 * The role phrase beside a sentence's reporting verb, in its own clause, with no name in it: a determiner, perhaps
 * modifiers, and a noun the lexicon knows names a person. Subjects before the verb first ("An unnamed official told"),
 * then after it ("sagte ein Polizist").
 */
export function roleSpeakerOf(s: SentenceFacts, pack: LanguagePack): RoleSpeaker | undefined {
  // A person's name makes a named speaker; an organisation's before the role is its body ("a Commission spokesperson").
  const inside = (t: Token, spans: readonly Mention[]) =>
    spans.some((n) => n.start <= s.start + t.start && s.start + t.start < n.end);
  const named = (t: Token) => inside(t, s.people);
  for (let i = 0; i < s.tokens.length; i++) {
    const verb = s.tokens[i]!;
    if (!isReportingVerb(verb.norm, pack) || !writtenAsVerb(verb, s.text, verb.start)) continue;
    const { before, after } = clauseWindow(s, i, { before: REACH, after: REACH });
    for (const side of [before.slice().reverse(), after]) {
      const head = side.findIndex((t) => !t.isStopword && isRoleNoun(t.norm, pack));
      if (head < 0) continue;
      const opener = side.slice(0, head + 1).findLastIndex((t) => pack.roleGrammar.determiners.has(t.norm));
      if (opener < 0) continue;
      const words = side.slice(opener, head + 1);
      if (words.some(named) || inside(words.at(-1)!, s.names) || words.some((t) => t.isNumber)) continue;
      const [first, last] = [words[0]!, words.at(-1)!];
      const mention = {
        start: s.start + first.start,
        end: s.start + last.end,
        text: s.text.slice(first.start, last.end),
      };
      return {
        mention,
        head: last.norm,
        body: pack.nounsCapitalized
          ? []
          : words
              .slice(1, -1)
              .filter((t) => t.capitalized)
              .map((t) => t.norm),
        anonymous: words.some((t) => anonymousWord(t.norm, pack)),
      };
    }
  }
  return undefined;
}
