import type { Clause, VerbGroup } from './types.js';

/** The finite verbs ("sei", "könnte", "rief") of the clauses whose verb group passes a test, as evidence spans. */
export const finiteVerbs = (
  clauses: readonly Clause[],
  test: (clause: Clause, verb: VerbGroup) => boolean,
): VerbGroup['finite'][] => clauses.flatMap((c) => (c.verb && test(c, c.verb) ? [c.verb.finite] : []));
