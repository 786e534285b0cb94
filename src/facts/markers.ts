import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { findPhrases } from './phrases.js';
import type { Mention, Modality, SentenceFacts } from './types.js';

type Markers = Pick<SentenceFacts, 'negations' | 'hedges' | 'modality' | 'attribution'>;

/** Negations, hedges, modality and attribution markers of a sentence, from the language pack's lexicons. */
export function findMarkers(tokens: Token[], text: string, offset: number, pack: LanguagePack): Markers {
  const find = (phrases: Iterable<string>): Mention[] => findPhrases(tokens, phrases, text, offset);
  const exceptions = find(pack.negationExceptions);
  const negations = find(pack.negations).filter(
    (n) => !exceptions.some((e) => e.start <= n.start && n.end <= e.end),
  );
  const modality: Record<Modality, Mention[]> = {
    planned: find(pack.plannedMarkers),
    happened: find(pack.happenedMarkers),
    conditional: find(pack.conditionalMarkers),
    possibility: find(pack.possibilityMarkers),
    demand: find(pack.demandMarkers),
  };
  const subjunctive = tokens.filter(
    (t, i) =>
      pack.reportedSpeechForms.has(t.norm) &&
      !['ich', 'wir'].includes(tokens[i - 1]?.norm ?? '') &&
      !['ich', 'wir'].includes(tokens[i + 1]?.norm ?? ''),
  );
  const attribution = [
    ...find(pack.reportingVerbs),
    ...find(pack.attributionPhrases),
    ...subjunctive.map((t) => ({ start: offset + t.start, end: offset + t.end, text: t.text })),
  ].sort((a, b) => a.start - b.start);
  return { negations, hedges: find(pack.hedges), modality, attribution };
}
