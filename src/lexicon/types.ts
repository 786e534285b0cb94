/**
 * How the rewrite's word stands to the source's in the same slot: the same meaning (a synonym, another form),
 * more general ("Innenministerium" → "Ministerium", "laptop" → "computer"), more specific, another thing of the
 * same kind ("Gesundheitsministerium" ↔ "Innenministerium", "laptop" ↔ "phone"), or nothing the resources know.
 */
export type Relation = 'same' | 'broader' | 'narrower' | 'sibling' | 'unknown';

export interface WordRelation {
  relation: Relation;
  /** The resource that said so ("OpenThesaurus", "WordNet", "word formation"), for the evidence. */
  resource?: string;
  /** What joins them: the kind both are ("Ministerium"), or the shared set. */
  via?: string;
}
