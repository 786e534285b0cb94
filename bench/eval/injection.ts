import { compare, type FindingType, type Language } from '../../src/index.js';
import { ingestText } from '../../src/ingest/article.js';
import { findQuotes } from '../../src/text/quotes.js';
import { EDITS } from './edits.js';

const firstDifference = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

export interface TypeScore {
  cases: number;
  precision: number;
  recall: number;
}

export interface InjectionScore {
  cases: number;
  controls: number;
  /** Controls that produced a finding of medium or high severity. */
  noisyControls: number;
  byType: Partial<Record<FindingType, TypeScore>>;
  /** For each edit, how often each finding type appeared: where precision is lost. */
  confusion: Record<string, Record<string, number>>;
}

/** A real article in a language: its sentences, the raw material for injected drifts. */
export interface Corpus {
  language: Language;
  texts: string[];
}

/**
 * Builds the injection set from real articles: for every sentence and edit that applies, a three-sentence
 * source and the same with the one sentence edited; then scores the detectors per type.
 */
export function evaluateInjection(corpora: Corpus[], perEdit = 60): InjectionScore {
  const predicted = new Map<FindingType, { hit: number; all: number }>();
  const injected = new Map<FindingType, { found: number; all: number }>();
  let cases = 0;
  let controls = 0;
  let noisyControls = 0;
  const confusion: InjectionScore['confusion'] = {};
  for (const corpus of corpora) {
    const sentences = corpus.texts.flatMap((t) =>
      ingestText(t, { language: corpus.language })
        .article.sentences.filter((s) => !s.heading)
        .map((s) => s.text),
    );
    for (const edit of EDITS) {
      let made = 0;
      for (let i = 1; i + 1 < sentences.length && made < perEdit; i++) {
        const target = sentences[i]!;
        if (target.split(/\s+/).length < 6) continue;
        // A sentence from far away in the corpus, usually another article: material for substitutions and additions.
        const donor = sentences[(i + Math.floor(sentences.length / 2)) % sentences.length]!;
        const edited = edit.apply(target, corpus.language, donor);
        if (edited === null || edited === target) continue;
        made++;
        const context = [sentences[i - 1]!, sentences[i + 1]!];
        const source = [context[0], target, context[1]].join(' ');
        const rewrite = [context[0], edited, context[1]].filter(Boolean).join(' ');
        const found = compare(source, rewrite, { language: corpus.language }).findings;
        const row = (confusion[edit.name] ??= { cases: 0 });
        row.cases!++;
        for (const t of new Set(found.map((f) => f.type))) row[t] = (row[t] ?? 0) + 1;
        if (process.env.FACTDIFF_EVAL_TRACE === edit.name)
          process.stdout.write(
            `${target}\n→ ${edited}\n  ${found.map((f) => `${f.type}: ${f.explanation}`).join('\n  ')}\n`,
          );
        if (edit.expect === null) {
          controls++;
          if (found.some((f) => f.severity !== 'low')) noisyControls++;
        } else {
          cases++;
          const inj = injected.get(edit.expect) ?? { found: 0, all: 0 };
          inj.all++;
          if (found.some((f) => f.type === edit.expect)) inj.found++;
          injected.set(edit.expect, inj);
        }
        // An edit inside a quotation alters the quote too: that second finding is right, not a false alarm.
        const at = firstDifference(target, edited);
        const insideQuote = findQuotes(target).some((q) => q.start <= at && at < q.end);
        for (const type of new Set(
          found.filter((f) => (edit.expect === null ? f.severity !== 'low' : true)).map((f) => f.type),
        )) {
          const p = predicted.get(type) ?? { hit: 0, all: 0 };
          p.all++;
          if (type === edit.expect || (type === 'quote-altered' && insideQuote)) p.hit++;
          predicted.set(type, p);
        }
      }
    }
  }
  const byType: InjectionScore['byType'] = {};
  for (const [type, inj] of injected) {
    const p = predicted.get(type) ?? { hit: 0, all: 0 };
    byType[type] = {
      cases: inj.all,
      precision: p.all ? p.hit / p.all : 0,
      recall: inj.all ? inj.found / inj.all : 0,
    };
  }
  return { cases, controls, noisyControls, byType, confusion };
}
