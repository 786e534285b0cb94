import { parentPort, workerData } from 'node:worker_threads';
import { compare, InputError, type IngestedArticle, type ProgressListener } from '../src/index.js';
import type { WorkerMessage } from './comparison.js';

/**
 * Compares two read articles off the main thread, so that the review screen answers keys (q, Ctrl-C)
 * while a long pair is compared, and shows how far it has got.
 */
const { source, rewrite } = workerData as { source: IngestedArticle; rewrite: IngestedArticle };
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
// The screen redraws no faster than this; a message per sentence would only queue up.
const EVERY_MS = 100;
let postedAt = -Infinity;
const onProgress: ProgressListener = (progress) => {
  const now = performance.now();
  if (now - postedAt < EVERY_MS && progress.done < progress.total) return;
  postedAt = now;
  post({ progress });
};
try {
  post({ report: compare(source, rewrite, { onProgress }) });
} catch (error) {
  post({
    error: {
      message: (error as Error).message,
      input: error instanceof InputError,
      stack: (error as Error).stack,
    },
  });
}
