import type { DayPart } from '../lang/pack.js';
import type { Clause, ParticipleAttribute } from '../clauses/types.js';
import type { RatePeriod, RoleStatus } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import type { Span } from '../types.js';

/** A word or phrase found in a sentence; offsets into the article text. */
export interface Mention extends Span {
  text: string;
}

export interface NumberFact extends Mention {
  value: number;
  /** "%", "EUR", "years" … when a unit word follows; "ordinal" for "third", "dritten". */
  unit?: string;
  /** Written as a word ("zwei", "two"). */
  word: boolean;
  /**
   * An order of magnitude, not a count: a scale told without one ("Millionen Menschen", "into the billions") or
   * opening a compound ("Schäden in Millionenhöhe", "a multibillion-dollar deal"). `value` is the scale.
   */
  magnitude?: true;
  /** The period the figure is counted per, said after it: "pro Stunde", "a day". */
  per?: Mention & { period: RatePeriod };
  /** "rund 800" is approximate, "mehr als 800" a lower bound, "bis zu 800" an upper bound. */
  qualifier?: {
    kind: 'approximate' | 'lower' | 'upper' | 'exact';
    text: string;
    /** Where the qualifier starts, an offset in the article: it stands before the figure. */
    start: number;
    /** A bound word after a noun, which may be the noun's preposition: "Vertrag über eineinhalb Jahre". */
    maybePreposition?: true;
  };
}

export interface TimeFact extends Mention {
  kind:
    | 'date'
    | 'year'
    | 'month'
    | 'season'
    | 'weekday'
    | 'relative'
    | 'century'
    | 'clock'
    | 'length'
    | 'daypart';
  /**
   * Comparable value: ISO date, year, month number, season number (1 spring … 4 winter), weekday number, the relative
   * reference, "HH:MM", or the part of the day.
   */
  value: string;
  /** The part of a year or month it names: "Anfang März", "late 2023", "Jahresende". */
  part?: TimePart;
  /** The part of the day a weekday is joined to ("Samstagabend") or said beside ("Monday evening"). */
  dayPart?: DayPart;
  /** A span's length as counted: "in den kommenden vier Jahren" is 4 of "year" (a figure as much as a time). */
  span?: { count: number; unit: 'day' | 'week' | 'month' | 'year' };
}

export type TimePart = 'start' | 'mid' | 'end';

/**
 * A word that denies by its form: a prefix-negated adjective denies the infinitive it governs ("unable to pay"), a
 * privative phrase the noun it spans ("außer Zweifel").
 */
export interface ImpliedNegation extends Mention {
  bears: 'infinitive' | 'noun';
}

export interface PersonFact extends Mention {
  /** The name as written ("Donald Trump"); `key` is its last word folded, to match "Trump" with "Donald Trump". */
  name: string;
  key: string;
  role?: RoleFact;
}

export interface RoleFact extends Mention {
  /** The office as folded: the title's head ("präsident"), with the words that name it in English ("foreign minister"). */
  title: string;
  status: RoleStatus | 'unmarked';
  /** The modifier that sets the status ("ehemaligen", "former"). */
  modifier?: Mention;
  /** The body the office is held in, where the text names it ("der MedUni Wien", "TikTok's", "Rapid-"). */
  body?: Mention;
  /**
   * How the role is told: a title before the name ("Vizerektor Oswald Wagner"), an apposition beside it ("Oswald
   * Wagner, Vizerektor der MedUni Wien"), a relative clause ("who previously served as …", "der … war"), or with no
   * name at all ("der Leiter der Volkshochschule").
   */
  told: 'title' | 'apposition' | 'relative' | 'predicate' | 'unnamed';
}

export interface QuoteFact extends Mention {
  /** The words inside the marks. */
  inner: string;
  speaker?: Mention;
  /** The speaker is the last one quoted before: a paragraph of quotation that names no one goes on with their words. */
  continued?: boolean;
}

export type Modality = 'planned' | 'happened' | 'conditional' | 'possibility' | 'demand';

/** The facts of one sentence: every offset points into its article's text. */
export interface SentenceFacts {
  sentenceId: string;
  /** Offset of the sentence in its article. */
  start: number;
  text: string;
  tokens: Token[];
  numbers: NumberFact[];
  times: TimeFact[];
  people: PersonFact[];
  /** Names of people, organisations and places (folded), beyond those with a role. */
  names: Mention[];
  /** Roles the sentence names someone by, with no name: "der Leiter der Volkshochschule Calw", "the former mayor". */
  unnamedRoles: RoleFact[];
  quotes: QuoteFact[];
  negations: Mention[];
  /**
   * Words that deny what they govern by their form, not a negation word: "unable to pay", "unmöglich, … zu zahlen".
   * They keep a negation the other text says with "not"; alone they are not reported as one, for an adjective may
   * judge what it governs instead of denying it ("unusual to see").
   */
  impliedNegations: ImpliedNegation[];
  hedges: Mention[];
  modality: Record<Modality, Mention[]>;
  /** Reporting verbs, attribution phrases and subjunctive report forms: the sentence says someone said it. */
  attribution: Mention[];
  /** The sentence's clauses, each with its verb group, tense, status and mood read from the grammar. */
  clauses: Clause[];
  /** Participles used as attributes, with the noun each qualifies ("im angekündigten Aktionsplan"). */
  participles: ParticipleAttribute[];
}
