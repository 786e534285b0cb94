import { answeredOnce, derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import { writtenAsVerb, type Token } from '../text/tokens.js';
import { verbReader } from './verb-forms.js';
import type { Clause } from './types.js';
import { FINITE } from './verb-words.js';

/**
 * The verbs the pack's reporting forms belong to ("sprach" → sprechen, "said" → say), read through the verb
 * lexicon. A base whose separable compound the list also gives is left out: "kündigte" stands in the list for
 * "kündigte … an", and "kündigen" alone does not report speech.
 */
function reportingLemmas(pack: LanguagePack): Set<string> {
  const read = verbReader(pack);
  const readings = [...foldedForms(pack)].flatMap((form) => [...read(form)]);
  const lemmas = new Set(readings.filter((r) => !r.particle).map((r) => r.lemma));
  // "kündigte" reads as "kündigte … an" too, and the list gives "angekündigt": it is there for "ankündigen".
  for (const split of readings)
    if (split.particle && lemmas.has(split.lemma)) lemmas.delete(split.lemma.slice(split.particle.length));
  return lemmas;
}

/** The list's forms written as tokens are ("hieß" as "hiess"): words are looked up folded. */
const foldedForms = (pack: LanguagePack): Set<string> => new Set([...pack.reportingVerbs].map(fold));

/**
 * Whether a verb, as the clause reader joins it ("gab … an" → angeben, "teilte … mit" → mitteilen), reports
 * speech: the particle standing at the clause's end is how German writes most of them.
 */
export const isReportingLemma = (lemma: string, pack: LanguagePack): boolean =>
  derived(pack, reportingLemmas).has(lemma);

/**
 * Whether a word is a form of a reporting verb: the list's forms, and every other form of their verbs in any
 * person, number and tense ("sprachen" as well as "sprach", "reporting" as well as "reported"). Separable verbs
 * count in their split forms only as the list writes them, since their particle stands elsewhere in the clause.
 */
export const isReportingVerb = answeredOnce(
  (norm: string, pack: LanguagePack): boolean =>
    derived(pack, foldedForms).has(norm) ||
    verbReader(pack)(norm).some((r) => !r.particle && derived(pack, reportingLemmas).has(r.lemma)),
);

/**
 * Whether a word is a reporting verb where it stands. A content clause, a colon or a quotation after it ("officials
 * state that …", "he claims: …") makes it one. Without them:
 * - a form more often a noun than a verb ("state", "reports") is the verb only after its subject, a pronoun or a
 *   name ("she notes", "Smith claims"), or after a verb it goes with ("keep warning", "has forecast"): "in its
 *   original state" and "according to reports" hold nouns;
 * - with a subject that stands for anyone ("man", "one") it tells a custom, not someone's claim: "so nennt man auch
 *   die Silvesterraketen", "what one calls a ban";
 * - a participle with the preposition of means tells how, not who says: "ergänzt durch 160 Stunden Unterricht";
 * - a participle with no speaker beside it (`participleAlone`: a passive's, as the clause reader found it, or one in no
 *   verb group) names or does something to its subject: "they are called Hörnchen", "the spices were added", "die
 *   Figur wird Hoppeditz genannt", "Masken, auch „Häs“ genannt", and a quotation after it is the name it gives.
 */
export function reportsHere(
  tokens: readonly Token[],
  i: number,
  text: string,
  pack: LanguagePack,
  participleAlone = false,
): boolean {
  const t = tokens[i]!;
  if (opinionWithContent(tokens, i, pack)) return true;
  const [before, next] = [tokens[i - 1], tokens[i + 1]];
  // "ergänzt durch 160 Stunden": a participle with the preposition of means tells how something was done, between
  // commas too (", ergänzt durch 160 Unterrichtsstunden.").
  const means = pack.verbGrammar.meansPreposition;
  if (means && next?.norm === means && verbReader(pack)(t.norm).some((r) => r.form === 'participle'))
    return false;
  // "sind … anzugeben", "hat … mitzuteilen": a verb fused with its infinitive marker says what is to be stated, by a
  // duty or a plan, not that anyone states it.
  const readings = verbReader(pack)(t.norm);
  if (readings.length > 0 && readings.every((r) => r.form === 'zu-infinitive')) return false;
  if (!participleAlone && insertedReport(tokens, i, text, pack)) return true;
  if (!isReportingVerb(t.norm, pack) || !writtenAsVerb(t, text, t.start)) return false;
  // "Add 1/8 litre of stock", "Sagen Sie …": a base form opening the sentence gives an order, it reports nothing.
  if (i === 0 && readings.some((r) => r.lemma === t.norm && r.form !== 'past')) return false;
  // A quotation right after a participle alone is the name it gives ("which is called "From leaf to root""); a colon
  // still opens a statement ("it was announced: …").
  const quoted =
    /^\s*["“„«‚‘]/u.test(text.slice(t.end)) && (!participleAlone || agentAfterQuote(tokens, i, text, pack));
  const complement =
    /^\s*:/u.test(text.slice(t.end)) || quoted || (!!next && pack.verbGrammar.subordinators.has(next.norm));
  if (complement) return true;
  // "what northerners call a "Bonbon"": an article before the quotation makes it a noun, the term the verb gives.
  if (next && pack.roleGrammar.determiners.has(next.norm) && /^\s*["“„«‚‘]/u.test(text.slice(next.end)))
    return false;
  if (participleAlone && reportsNothing(tokens, i, pack)) return false;
  const generic = pack.verbGrammar.genericSubjects;
  const subjectBeside = (w: Token | undefined): boolean =>
    !!w &&
    !!generic?.has(w.norm) &&
    !/\S/u.test(text.slice(Math.min(w.end, t.end), Math.max(w.start, t.start)));
  if (subjectBeside(before) || subjectBeside(next)) return false;
  return (
    !derived(pack, reportingNouns).has(t.norm) ||
    (!!before &&
      (pack.subjectPronouns.has(before.norm) ||
        (i > 1 && before.capitalized) ||
        verbReader(pack)(before.norm).length > 0))
  );
}

/**
 * Whether a word is a participle no speaker stands beside: a passive's ("were added", "wird … genannt"), or one outside
 * any verb group ("auch „Häs“ genannt"). In an active perfect ("hat … gesagt") its subject is the speaker, and after an
 * existential subject ("There are alleged ties") the participle qualifies the noun after it: someone alleges them.
 */
export function participleAlone(
  t: Token,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  offset: number,
  pack: LanguagePack,
): boolean {
  const at = offset + t.start;
  const group = clauses.find((c) => c.verb?.words.some((w) => w.start === at))?.verb;
  if (group) {
    const finite = tokens.findIndex((u) => offset + u.start === group.finite.start);
    const existential = tokens[finite - 1]?.norm === pack.verbGrammar.existentialSubject;
    return group.passive && group.finite.start !== at && !existential;
  }
  const readings = verbReader(pack)(t.norm);
  return readings.length > 0 && readings.every((r) => r.form === 'participle');
}

/** How far before a participle its agent may stand, as German puts it: "wie von der Polizei bestätigt wurde". */
const AGENT_BEFORE = 5;

/**
 * Whether a verb of saying as a participle alone reports nothing: what it stands with is named or done, not anyone's
 * words. An infinitive after it ("is said to have"), a content clause (asked before), an agent ("was reported by
 * Reuters", "von der Polizei bestätigt") or a clause of accordance ("as was claimed") keeps it a report.
 */
function reportsNothing(tokens: readonly Token[], i: number, pack: LanguagePack): boolean {
  const { agentPrepositions: agents, accordance, infinitiveMarker } = pack.verbGrammar;
  const before = tokens.slice(Math.max(0, i - AGENT_BEFORE), i);
  const agentNear = [...before, ...tokens.slice(i + 1, i + 2)].some((w) => agents?.has(w.norm));
  // "as was sometimes claimed", "wie behauptet wurde": the clause of accordance gives its statement to someone.
  const accords = before.slice(-ACCORDANCE_BEFORE).some((w) => w.norm === accordance);
  return tokens[i + 1]?.norm !== infinitiveMarker && !agentNear && !accords;
}

/** Whether the passive's agent follows the quotation after a participle: "was called "a disaster" by the mayor". */
function agentAfterQuote(tokens: readonly Token[], i: number, text: string, pack: LanguagePack): boolean {
  const close = /^\s*["“„«‚‘][^"“”„«»‚‘’]*["”“»‘’]/u.exec(text.slice(tokens[i]!.end));
  if (!close) return false;
  const after = tokens.find((w) => w.start >= tokens[i]!.end + close[0].length);
  return !!after && !!pack.verbGrammar.agentPrepositions?.has(after.norm);
}

/** How far before a participle the conjunction of accordance may stand: "as was sometimes claimed". */
const ACCORDANCE_BEFORE = 3;

/** How many words a parenthetical report's subject may have: "a survey found", "so glauben viele Experten". */
const INSERTED_SUBJECT = 4;

/**
 * A report set into the statement it reports, between commas or at its end: "Saxon is, a survey found, the least
 * popular", "Der Dialekt ist, glauben Experten, beliebt". The statement around it is its content; a verb of
 * opinion or of saying with its subject and nothing else between the marks.
 */
function insertedReport(tokens: readonly Token[], i: number, text: string, pack: LanguagePack): boolean {
  const reads = verbReader(pack)(tokens[i]!.norm).filter((r) => !r.particle && FINITE.includes(r.form));
  if (!reads.length) return false;
  const opinion = pack.verbGrammar.opinionVerbs?.lemmas;
  if (!reads.some((r) => opinion?.has(r.lemma)) && !isReportingVerb(tokens[i]!.norm, pack)) return false;
  const closes = (at: number) => /^\s*[,.;!?]/u.test(text.slice(tokens[at]!.end));
  const opens = (at: number) => at > 0 && /,\s*$/u.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));
  // The subject before the verb ("a survey found,") or after it ("glauben Experten,").
  if (closes(i))
    for (let from = i - 1; from >= Math.max(1, i - INSERTED_SUBJECT); from--)
      if (opens(from)) return plainWords(tokens, from, i, pack);
  if (opens(i))
    for (let to = i + 1; to <= Math.min(tokens.length - 1, i + INSERTED_SUBJECT); to++)
      if (closes(to)) return plainWords(tokens, i + 1, to + 1, pack);
  return false;
}

/** Tokens from..to (exclusive) hold no verb (a word after an article is a noun: "a survey"): a subject, no clause. */
const plainWords = (tokens: readonly Token[], from: number, to: number, pack: LanguagePack): boolean =>
  tokens
    .slice(from, to)
    .every(
      (w, k) =>
        w.isStopword ||
        pack.roleGrammar.determiners.has(tokens[from + k - 1]?.norm ?? '') ||
        !verbReader(pack)(w.norm).some((r) => FINITE.includes(r.form)),
    );

/** A verb of opinion with a content clause right after it: "Luther fand, dass …", "she believes that …". */
export const opinionWithContent = (tokens: readonly Token[], i: number, pack: LanguagePack): boolean =>
  mindWithContent(tokens, i, pack, 'lemmas');

/**
 * A verb of saying with a content clause right after it ("reports indicate that …", "er sagte, dass …"): like a verb
 * of opinion it only holds its clause, which a factive verb would take as true.
 */
export const claimWithContent = (tokens: readonly Token[], i: number, pack: LanguagePack): boolean =>
  isReportingVerb(tokens[i]!.norm, pack) &&
  tokens[i + 1]?.norm === pack.verbGrammar.opinionVerbs?.contentClause;

/** A factive verb of knowing with a content clause right after it: "er wusste, dass …", "she knew that …". */
export const knowledgeWithContent = (tokens: readonly Token[], i: number, pack: LanguagePack): boolean =>
  mindWithContent(tokens, i, pack, 'factive');

/** Words a subject after its verb may take before the content clause ("dachte der Leiter der Schule" is too long). */
const SUBJECT_WORDS = 2;

function mindWithContent(
  tokens: readonly Token[],
  i: number,
  pack: LanguagePack,
  kind: 'lemmas' | 'factive',
): boolean {
  const mind = pack.verbGrammar.opinionVerbs;
  if (!mind) return false;
  // The subject may stand between where the verb comes second: "Eigentlich dachte er, dass …".
  let next = i + 1;
  while (next <= i + SUBJECT_WORDS && tokens[next] && tokens[next]!.norm !== mind.contentClause) {
    const t = tokens[next]!;
    // A speaker's pronoun, anyone's ("vermutet man auch, dass …") or a name, and a particle beside it.
    const subject =
      pack.subjectPronouns.has(t.norm) ||
      !!pack.verbGrammar.genericSubjects?.has(t.norm) ||
      (t.capitalized && !t.isStopword);
    if (!subject && !(t.isStopword && next > i + 1)) return false;
    next++;
  }
  if (tokens[next]?.norm !== mind.contentClause) return false;
  return verbReader(pack)(tokens[i]!.norm).some((r) => !r.particle && mind[kind].has(r.lemma));
}

const reportingNouns = (pack: LanguagePack): Set<string> =>
  new Set((pack.verbGrammar.reportingNouns ?? '').split(/\s+/).filter(Boolean));
