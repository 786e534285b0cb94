import { extractFacts } from '../../src/facts/extract.js';
import { ingestText } from '../../src/ingest/article.js';
import { languagePack } from '../../src/lang/index.js';
import type { FindingType, Language } from '../../src/index.js';

/** One controlled edit of a sentence: the finding type it should cause, or null for a meaning-preserving control. */
export interface Edit {
  name: string;
  expect: FindingType | null;
  apply(sentence: string, language: Language, donor: string): string | null;
}

const AUX: Record<Language, RegExp> = {
  de: /\b(ist|sind|war|waren|hat|haben|hatte|wird|werden|wurde|wurden|kann|soll|will)\b/,
  en: /\b(is|are|was|were|has|have|had|will|can|would)\b/,
};
const HEDGE: Record<Language, string> = { de: 'offenbar', en: 'reportedly' };
const NEGATION: Record<Language, string> = { de: 'nicht', en: 'not' };
const FORMER: Record<Language, string> = { de: 'ehemalige', en: 'former' };
const ALREADY: Record<Language, string> = { de: 'bereits', en: 'already' };
const INDICATIVE: Record<string, string> = {
  sei: 'ist',
  seien: 'sind',
  habe: 'hat',
  hätten: 'haben',
  stehe: 'steht',
  werde: 'wird',
  könne: 'kann',
  müsse: 'muss',
  gehe: 'geht',
  gebe: 'gibt',
  liege: 'liegt',
  bleibe: 'bleibt',
  komme: 'kommt',
  brauche: 'braucht',
};
const FACTUAL: Record<string, string> = {
  könnte: 'wird',
  könnten: 'werden',
  kann: 'wird',
  können: 'werden',
  could: 'will',
  may: 'will',
  might: 'will',
};
const SYNONYMS: Record<string, string> = {
  sagte: 'erklärte',
  erklärte: 'sagte',
  betonte: 'unterstrich',
  said: 'stated',
  told: 'informed',
  stated: 'said',
  deutlich: 'erheblich',
  erheblich: 'deutlich',
  large: 'big',
  big: 'large',
  rose: 'increased',
  increased: 'rose',
};

const replaceWord = (s: string, from: string, to: string): string | null => {
  const re = new RegExp(`(?<![\\p{L}\\d])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
  return re.test(s) ? s.replace(re, to) : null;
};
const factsOf = (sentence: string, language: Language) =>
  extractFacts(ingestText(sentence, { language }).article)[0];

export const EDITS: Edit[] = [
  {
    name: 'number changed',
    expect: 'number',
    apply: (s, lang) => {
      const n = factsOf(s, lang)?.numbers.find((x) => !x.word);
      if (!n) return null;
      const digits = /\d+/.exec(n.text)!;
      const changed = n.text.replace(digits[0], String(Number(digits[0]) + 3));
      return s.replace(n.text, changed);
    },
  },
  {
    name: 'date changed',
    expect: 'date-time',
    apply: (s, lang) => {
      const t = factsOf(s, lang)?.times.find(
        (x) => x.kind === 'year' || x.kind === 'weekday' || x.kind === 'month' || x.kind === 'date',
      );
      if (!t) return null;
      // "end of 2023", "Anfang März": the year or month is the time's last word.
      const written = t.text.split(/\s+/).at(-1)!;
      if (t.kind === 'year') return s.replace(t.text, t.text.replace(written, String(Number(written) + 1)));
      const pack = languagePack(lang);
      const table = t.kind === 'weekday' ? pack.weekdays : pack.months;
      const other = [...table.keys()].find(
        (k) => k.length > 3 && String(table.get(k)) !== t.value && !t.text.toLowerCase().includes(k),
      );
      if (!other || t.kind === 'date') return null;
      return s.replace(t.text, t.text.replace(written, other[0]!.toUpperCase() + other.slice(1)));
    },
  },
  {
    name: '"former" inserted before a role',
    expect: 'role-change',
    apply: (s, lang) => {
      const p = factsOf(s, lang)?.people.find((x) => x.role && x.role.status === 'unmarked');
      if (!p) return null;
      // After an article or a possessive, where the language puts it: "a former team member", "Cambodia's former
      // health minister" — "former a team member" is no rewrite anyone writes.
      const role = p.role!.text;
      const first = /^\S+\s+/u.exec(role)?.[0] ?? '';
      const lead = languagePack(lang).roleGrammar.determiners.has(first.trim().toLowerCase())
        ? first
        : /^(?:\p{Lu}\S*\s+){0,3}?\p{Lu}\S*?\s?['’]s\s+/u.exec(role)?.[0];
      const edited = lead
        ? `${lead.replace(/^an\s/u, 'a ').replace(/^An\s/u, 'A ')}${FORMER[lang]} ${role.slice(lead.length)}`
        : `${FORMER[lang]} ${role}`;
      return s.replace(role, edited);
    },
  },
  {
    name: 'planned turned into done',
    expect: 'event-status',
    apply: (s, lang) => {
      const f = factsOf(s, lang);
      if (!f || !f.modality.planned.length || f.modality.happened.length) return null;
      let out = s;
      for (const m of f.modality.planned) out = out.replace(m.text, '');
      const aux = AUX[lang].exec(out);
      if (!aux) return null;
      return out.replace(aux[0], `${aux[0]} ${ALREADY[lang]}`).replace(/\s{2,}/g, ' ');
    },
  },
  {
    name: 'possibility stated as fact',
    expect: 'modality',
    apply: (s) => {
      for (const [modal, fact] of Object.entries(FACTUAL)) {
        const out = replaceWord(s, modal, fact);
        if (out) return out;
      }
      return null;
    },
  },
  {
    name: 'hedge inserted',
    expect: 'certainty',
    apply: (s, lang) => {
      const aux = AUX[lang].exec(s);
      return aux ? s.replace(aux[0], `${aux[0]} ${HEDGE[lang]}`) : null;
    },
  },
  {
    name: 'negation inserted',
    expect: 'negation',
    apply: (s, lang) => {
      const f = factsOf(s, lang);
      const aux = AUX[lang].exec(s);
      if (!aux || !f || f.negations.length) return null;
      return s.replace(aux[0], `${aux[0]} ${NEGATION[lang]}`);
    },
  },
  {
    name: 'quote reworded',
    expect: 'quote-altered',
    apply: (s, lang, donor) => {
      const q = factsOf(s, lang)?.quotes[0];
      if (!q || q.inner.split(/\s+/).length < 4) return null;
      const words = q.inner.split(/\s+/);
      const swap = donor.split(/\s+/).find((w) => /^\p{Ll}{5,}$/u.test(w) && !q.inner.includes(w));
      if (!swap) return null;
      words[Math.floor(words.length / 2)] = swap;
      return s.replace(q.inner, words.join(' '));
    },
  },
  {
    name: 'attribution dropped',
    expect: 'attribution',
    apply: (s, lang) => {
      const f = factsOf(s, lang);
      if (!f || f.quotes.length) return null;
      // "…, sagte X." or "According to X, …" dropped; a German Konjunktiv I claim turned indicative.
      const said = /,\s+(sagte|erklärte|betonte|so|said|told reporters|stated|added)\s+[^,.]{1,40}\.$/u.exec(
        s,
      );
      let out = said
        ? `${s.slice(0, said.index)}.`
        : s.replace(/^(According to|Laut|Nach Angaben von) [^,]{1,50}, (\p{L})/u, (_m, _a, c: string) =>
            c.toUpperCase(),
          );
      // In German the Konjunktiv I alone still attributes the claim: the drift is the indicative.
      if (lang === 'de') for (const [k, v] of Object.entries(INDICATIVE)) out = replaceWord(out, k, v) ?? out;
      // Only a claim nobody is said to make any more is the drift this edit is for.
      const left = factsOf(out, lang);
      const stillAttributed = left && left.attribution.length + left.quotes.length > 0;
      return out === s || stillAttributed ? null : out;
    },
  },
  {
    name: 'name substituted',
    expect: 'entity',
    apply: (s, lang, donor) => {
      const f = factsOf(s, lang);
      const name = f?.names.find((n) => n.text.includes(' ') || /^\p{Lu}{2,}$/u.test(n.text));
      const other = factsOf(donor, lang)?.names.find(
        (n) =>
          n.text !== name?.text &&
          !s.includes(n.text) &&
          (n.text.includes(' ') || /^\p{Lu}{2,}$/u.test(n.text)),
      );
      if (!name || !other) return null;
      return s.replace(name.text, other.text);
    },
  },
  {
    name: 'loaded term replaced',
    expect: 'framing',
    apply: (s, lang) => {
      for (const scale of languagePack(lang).framingScales) {
        const levels = scale.map((l) => l.split('|'));
        for (let level = 0; level < levels.length; level++) {
          for (const term of levels[level]!) {
            const target = levels[level === 0 ? levels.length - 1 : 0]![0]!;
            const cased = /^\p{Lu}/u.test(s.match(new RegExp(term, 'iu'))?.[0] ?? '')
              ? target[0]!.toUpperCase() + target.slice(1)
              : target;
            const out = replaceWord(
              s,
              s.match(new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, 'iu'))?.[0] ?? '\u0000',
              cased,
            );
            if (out) return out;
          }
        }
      }
      return null;
    },
  },
  {
    name: 'unsupported sentence added',
    expect: 'addition',
    apply: (s, _lang, donor) =>
      donor.split(/\s+/).length >= 8 && !s.includes(donor) ? `${s} ${donor}` : null,
  },
  {
    name: 'sentence with a quote or figure left out',
    expect: 'omission',
    apply: (s, lang) => {
      const f = factsOf(s, lang);
      return f && (f.quotes.length || f.numbers.length) ? '' : null;
    },
  },
  // Meaning-preserving controls: the detectors must stay silent.
  {
    name: 'control: synonym of a reporting verb or intensifier',
    expect: null,
    apply: (s) => {
      for (const [from, to] of Object.entries(SYNONYMS)) {
        const out = replaceWord(s, from, to);
        if (out) return out;
      }
      return null;
    },
  },
  {
    name: 'control: typography (quotes, ß/ss, spaces)',
    expect: null,
    apply: (s) => {
      const out = s
        .replace(/ß/g, 'ss')
        .replace(/[„“]/g, '"')
        .replace(/ {1}/g, (m, i: number) => (i % 7 === 0 ? '\u00A0' : m));
      return out === s ? null : out;
    },
  },
];
