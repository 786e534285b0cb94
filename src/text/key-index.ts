/** Values by key, each key's in the order added: the inverted indexes that keep long articles from comparing all pairs. */
export class KeyIndex<T> {
  private readonly lists = new Map<string, T[]>();

  add(key: string, value: T): void {
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? NONE;
  }
}

const NONE: readonly never[] = [];

/**
 * The items (numbered 0 … count − 1) that share the most of these keys, a key weighing log(1 + count / its entries)
 * so that rare words count most. Keys are read rarest first and at most `budget` entries in all (the rarest key's
 * always), so a text of common words costs no more than one of rare words. At most `limit` items, most shared first,
 * ties in item order.
 */
export function mostShared(
  index: KeyIndex<number>,
  count: number,
  keys: Iterable<string>,
  options: { limit: number; budget: number },
): number[] {
  const lists = [...new Set(keys)]
    .map((key) => index.get(key))
    .filter((list) => list.length > 0)
    .sort((a, b) => a.length - b.length);
  const shared = new Map<number, number>();
  let read = 0;
  for (const list of lists) {
    if (read > 0 && read + list.length > options.budget) break;
    read += list.length;
    const weight = Math.log(1 + count / list.length);
    for (const item of list) shared.set(item, (shared.get(item) ?? 0) + weight);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, options.limit)
    .map(([item]) => item);
}
