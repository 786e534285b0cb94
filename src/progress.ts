/** The stages of a comparison, in the order they run. */
export const STAGES = ['align', 'facts', 'rules'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * How far a comparison has got: its stage, and how many of that stage's units are done (rewrite statements
 * paired, sentences read for facts, detectors run). A long pair takes seconds; whoever waits is told where it is.
 */
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

/** Counts one unit of work; a stage told nothing reports nothing. */
export type StepCounter = (done: number, total: number) => void;

/** A stage's counter for a listener, or one that does nothing. */
export const stepsOf =
  (stage: Stage, listener: ProgressListener | undefined): StepCounter =>
  (done, total) =>
    listener?.({ stage, done, total });
