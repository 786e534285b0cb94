import { readFileSync } from 'node:fs';
import { App } from '../../cli/tui/App.js';
import { compare, type Report } from '../../src/index.js';
import {
  emptyReview,
  mergeDecisions,
  type ReviewDecision,
  type ReviewFile,
} from '../../src/report/review.js';
import { renderAt } from './terminal.js';

const seed = (n: string) => ({
  text: readFileSync(new URL(`../../seeds/${n}`, import.meta.url), 'utf8'),
  name: n,
});
export const report = compare(seed('000_bafdc0cafe821a47.txt'), seed('001_919184c9a5fb0886.txt'));
/** The keyboard of the screen mounted last: `tick` waits for its last key to be drawn. */
let keyboard: { drawn(): Promise<void> } | undefined;

/**
 * Lets the screen catch up with the keys typed: until it has drawn a frame after the last key (a busy machine may
 * take longer than any fixed pause; a key that changes nothing draws none, and the wait ends after a limit), then a
 * short pause for the frames that follow in the same update.
 */
export const tick = async (): Promise<void> => {
  await keyboard?.drawn();
  await new Promise((r) => setTimeout(r, 30));
};

export const pair = { source: 's', rewrite: 'r' };

/** A review file in memory, merged on save as the real one is; `failing` makes saves throw. */
export function memoryStore(initial: ReviewFile) {
  const pending = new Map<string, ReviewDecision | null>();
  const store = {
    path: 'r.review.json',
    failing: '',
    disk: initial,
    saved: [] as ReviewFile[],
    save(): ReviewFile {
      if (store.failing) throw new Error(store.failing);
      store.disk = mergeDecisions(store.disk, pair, pending);
      pending.clear();
      store.saved.push(store.disk);
      return store.disk;
    },
    decide(id: string, decision: ReviewDecision | undefined): ReviewFile {
      pending.set(id, decision ?? null);
      return store.save();
    },
  };
  return store;
}

/** The review screen on the seed pair, in a terminal of the given size (100 × 24 unless said). */
export function mount(
  review: ReviewFile = emptyReview(pair),
  {
    columns = 100,
    rows = 24,
    messageMs,
    of = report,
  }: { columns?: number; rows?: number; messageMs?: number; of?: Report } = {},
) {
  const store = memoryStore(review);
  const exported: ReviewFile[] = [];
  const exits: number[] = [];
  const app = renderAt(
    <App
      report={of}
      review={review}
      store={store}
      colors={false}
      now={() => '2026-11-22T00:00:00.000Z'}
      exportReport={(r) => {
        exported.push(r);
        return 'r.report.md';
      }}
      onExit={(status) => exits.push(status)}
      {...(messageMs ? { messageMs } : {})}
    />,
    columns,
    rows,
  );
  keyboard = app.stdin;
  return { ...app, saved: store.saved, store, exported, exits };
}

export const selectedLine = (frame: string): string => frame.split('\n').find((l) => l.startsWith('›')) ?? '';
