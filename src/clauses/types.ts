import type { Span } from '../types.js';

/** When a clause places its event: from the tense of its verb group. */
export type TimeReference = 'past' | 'present' | 'future';

/**
 * Where the event of a clause stands: done; under way; planned (announced, intended, scheduled, expected:
 * future tense or a modal of intention); or none of these (a state, a habit, a possibility).
 */
export type EventStatus = 'done' | 'underway' | 'planned' | 'unmarked';

/** How the clause is asserted: as fact, as someone's report (Konjunktiv I), or as a hypothesis (Konjunktiv II, "would"). */
export type Mood = 'indicative' | 'reported' | 'hypothetical';

/** What a modal verb adds: intended ("wollen", "plan to"), expected ("sollen", "is to"), possible, necessary. */
export type ModalKind = 'intended' | 'expected' | 'possible' | 'necessary' | 'permitted';

/** A verb group: the words of a clause that carry its verb, in text order, with offsets in the article. */
export interface VerbGroup {
  /** The verb the event is named by ("vorlegen" for "legte … vor", "present" for "will present"). */
  lemma: string;
  /** The verb words as written, "…" between words apart ("soll … stattfinden"). */
  text: string;
  words: (Span & { text: string })[];
  /** The finite verb: it carries the clause's tense and mood ("sei", "legte", "will"), and its lemma. */
  finite: Span & { text: string; lemma: string };
  tense: TimeReference;
  /** Perfect ("hat vorgelegt", "has presented") or progressive ("is presenting"). */
  aspect: 'simple' | 'perfect' | 'progressive';
  passive: boolean;
  modal?: ModalKind;
}

/** A clause of a sentence with the verb group read from its grammar. */
export interface Clause extends Span {
  /** Main or subordinate (by a conjunction or a relative pronoun). */
  kind: 'main' | 'subordinate';
  verb?: VerbGroup;
  status: EventStatus;
  mood: Mood;
  /** Hearsay: reported with no one named, by the modal of hearsay or a passive verb of saying ("soll … sein", "is said to"). */
  hearsay?: true;
  /** A condition set by its word order, the finite verb first: "Sollte der Plan scheitern, …", "Had he known, …". */
  condition?: true;
  /**
   * A participle clause before the main clause ("Made into pesto, …", "Zu Pesto verarbeitet, …"): a circumstance or a
   * condition of the main clause, with no finite verb and no event of its own.
   */
  participle?: true;
  /** A purpose clause ("um … zu senken", "in order to start"): the aim of the clause it hangs on, no event of its own. */
  purpose?: true;
}

/** A participle used as an attribute of a noun: "im vorgelegten Aktionsplan", "the proposed law". */
export interface ParticipleAttribute extends Span {
  text: string;
  /** The verb it is the participle of. */
  lemma: string;
  /**
   * Planned for a verb of intention ("geplanten", "proposed"); announced for one of announcement, a plan or a deed
   * by the noun ("angekündigten Aktionsplan", "announced results"); otherwise done.
   */
  status: 'planned' | 'announced' | 'done';
  /** The noun it qualifies, with its stem to find the same noun in another text. */
  head: Span & { text: string; stem: string };
}
