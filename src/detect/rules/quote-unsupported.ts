import { evidence, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { SentenceFacts } from '../../facts/types.js';
import { innerWords, matchQuotes, REWORDED_QUOTE } from '../quotes.js';
import { defineRule } from '../rule.js';

type MessageId = 'notQuotedInSource' | 'unsupported' | 'unsupportedSpeaker';

/** A quote in the rewrite that no source quote stands behind: invented, or words the source never put in quotes. */
export const quoteUnsupported = defineRule({
  meta: {
    id: 'quote-unsupported',
    description: 'A direct quote in the rewrite has no counterpart among the source’s quotes',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      notQuotedInSource:
        'Quote not a quote in the source: the rewrite puts "{{quote}}" in quotation marks; the source has these words but does not quote anyone saying them.',
      unsupported: 'Unsupported quote: the rewrite quotes "{{quote}}", and no quote in the source says this.',
      unsupportedSpeaker:
        'Unsupported quote: the rewrite quotes "{{quote}}" (attributed to {{speaker}}), and no quote in the source says this.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const findings: FindingDraft<MessageId>[] = [];
    const sourceText = innerWords(context.source.article.text);
    for (const m of matchQuotes(context)) {
      if ((m.best && m.best.similarity >= REWORDED_QUOTE) || m.paired) continue;
      const words = innerWords(m.quote.inner);
      const unquoted = sourceText.includes(words);
      if (unquoted && context.source.sentences.some((x) => directSpeech(x, words))) continue;
      findings.push({
        messageId: unquoted ? 'notQuotedInSource' : m.quote.speaker ? 'unsupportedSpeaker' : 'unsupported',
        data: { quote: m.quote.inner, speaker: m.quote.speaker?.text ?? '' },
        severity: unquoted ? 'medium' : 'high',
        confidence: unquoted ? 0.7 : 0.8,
        rewrite: evidence(m.sentence, m.quote),
      });
    }
    return findings;
  },
});

/**
 * Many feeds strip quotation marks: words said verbatim before the reporting verb that gives them to a speaker
 * ("Wir sind die Post, sagte Huber") are that speaker's quote. After it ("Huber sagte, die Brücke werde …") or in
 * the reported-speech subjunctive, they are indirect speech, and quoting them puts words in a mouth.
 */
function directSpeech(s: SentenceFacts, words: string): boolean {
  const said = s.attribution[0];
  if (!said) return false;
  const before = innerWords(s.text.slice(0, said.start - s.start));
  const reported = s.clauses.some((c) => c.mood === 'reported' && c.start < said.start);
  return before.includes(words) && !reported;
}
