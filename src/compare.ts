import { alignArticles, type ArticleAlignment } from './align/articles.js';
import type { Clause } from './clauses/types.js';
import type { Relatedness } from './align/related.js';
import { createContext } from './detect/context.js';
import { SEVERITIES, type Finding, type FindingType, type Severity } from './detect/finding.js';
import type { Rule } from './detect/rule.js';
import { FINDING_TYPES, rules as defaultRules } from './detect/rules/index.js';
import { runRules } from './detect/run.js';
import { InputError } from './errors.js';
import type { SentenceFacts } from './facts/types.js';
import type { RegisteredPerson } from './people/registry.js';
import { stepsOf, type ProgressListener } from './progress.js';
import { withFilePositions } from './report/positions.js';
import { ingestText, type IngestedArticle } from './ingest/article.js';
import { sentenceTokens } from './text/tokens.js';
import type { Article, Language } from './types.js';

export type ArticleInput = string | { text: string; name?: string } | IngestedArticle;

export interface CompareOptions {
  /** Read both articles as this language instead of detecting it. */
  language?: Language;
  /** The detectors to run (all by default). */
  rules?: readonly Rule[];
  /** Told as the comparison advances, for whoever waits on a long pair; the result does not depend on it. */
  onProgress?: ProgressListener;
}

export interface ArticleReport {
  name: string;
  language: Language;
  date?: string;
  headline?: string;
  byline?: string;
  encoding: Article['encoding'];
  /** The input's format: evidence offsets point into the text read from it (for HTML and Markdown, the extracted text). */
  format: Article['format'];
  sentences: {
    id: string;
    text: string;
    start: number;
    end: number;
    paragraph: number;
    /** The clauses read from its grammar, why a status or a mood was read as it was (when the pair was compared). */
    clauses?: Clause[];
  }[];
  /**
   * Who the article mentions, each with every name and role it gives them and where (when the pair was compared):
   * the reviewer sees who is who, and which role a role-change finding compared.
   */
  people?: RegisteredPerson[];
}

/** The result of comparing two articles: the JSON contract of `factdiff check --json`. */
export interface Report {
  schemaVersion: 1;
  source: ArticleReport;
  rewrite: ArticleReport;
  related: Relatedness;
  alignment: ArticleAlignment['pairs'];
  findings: Finding[];
  summary: {
    findings: number;
    bySeverity: Record<Severity, number>;
    byType: Partial<Record<FindingType, number>>;
    verdict: 'consistent' | 'drift' | 'unrelated';
  };
}

/** Compares a rewrite with its source: aligns their statements and reports every drift in the facts. */
export function compare(source: ArticleInput, rewrite: ArticleInput, options: CompareOptions = {}): Report {
  const src = read(source, 'source', options.language);
  const rw = read(rewrite, 'rewrite', options.language);
  if (src.article.language !== rw.article.language) {
    throw new InputError(
      `the source is ${src.article.language} and the rewrite is ${rw.article.language}: cross-language comparison is not supported`,
    );
  }
  const { onProgress } = options;
  // The aligner and the facts read the same words.
  const tokens = { source: sentenceTokens(src.article), rewrite: sentenceTokens(rw.article) };
  const alignment = alignArticles(src.article, rw.article, { onStep: stepsOf('align', onProgress), tokens });
  // Unrelated articles are not read for facts: nothing is compared, so there is nothing to explain.
  const context =
    alignment.related.verdict === 'unrelated'
      ? undefined
      : createContext(src.article, rw.article, alignment, stepsOf('facts', onProgress), tokens);
  const findings = context
    ? withFilePositions(
        runRules(options.rules ?? defaultRules, context, stepsOf('rules', onProgress)),
        src.article,
        rw.article,
      )
    : [];
  return {
    schemaVersion: 1,
    source: articleReport(src.article, context?.source.sentences, context?.source.people),
    rewrite: articleReport(rw.article, context?.rewrite.sentences, context?.rewrite.people),
    related: alignment.related,
    alignment: alignment.pairs,
    findings,
    summary: summarize(findings, alignment.related),
  };
}

function read(input: ArticleInput, name: string, language: Language | undefined): IngestedArticle {
  if (typeof input === 'object' && 'article' in input) return input;
  const { text, name: given } = typeof input === 'string' ? { text: input, name: undefined } : input;
  return ingestText(text, { name: given ?? name, ...(language ? { language } : {}) });
}

/** An article as the JSON contract shows it, with the clauses of its facts when they were read. */
export function articleReport(
  a: Article,
  facts?: readonly SentenceFacts[],
  people?: RegisteredPerson[],
): ArticleReport {
  const clauses = new Map(facts?.map((f) => [f.sentenceId, f.clauses]));
  return {
    name: a.name,
    language: a.language,
    ...(a.date ? { date: a.date.iso } : {}),
    ...(a.headline ? { headline: a.headline.text } : {}),
    ...(a.byline ? { byline: a.byline.text } : {}),
    encoding: a.encoding,
    format: a.format,
    sentences: a.sentences.map((s) => ({
      id: s.id,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      ...(facts ? { clauses: clauses.get(s.id) ?? [] } : {}),
    })),
    ...(people ? { people } : {}),
  };
}

function summarize(findings: Finding[], related: Relatedness): Report['summary'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byType: Partial<Record<FindingType, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byType[f.type] = (byType[f.type] ?? 0) + 1;
  }
  const ordered = Object.fromEntries(FINDING_TYPES.filter((t) => byType[t]).map((t) => [t, byType[t]]));
  const drift = findings.some((f) => f.severity !== 'low');
  return {
    findings: findings.length,
    bySeverity,
    byType: ordered,
    verdict: related.verdict === 'unrelated' ? 'unrelated' : drift ? 'drift' : 'consistent',
  };
}
