import { parentPort, workerData } from 'node:worker_threads';
import { compare, InputError, type IngestedArticle } from '../src/index.js';

/**
 * Compares two read articles off the main thread, so that the review screen answers keys (q, Ctrl-C)
 * while a long pair is compared.
 */
const { source, rewrite } = workerData as { source: IngestedArticle; rewrite: IngestedArticle };
try {
  parentPort!.postMessage({ report: compare(source, rewrite) });
} catch (error) {
  parentPort!.postMessage({
    error: {
      message: (error as Error).message,
      input: error instanceof InputError,
      stack: (error as Error).stack,
    },
  });
}
