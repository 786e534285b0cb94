import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compare, InputError, type IngestedArticle, type Report } from '../src/index.js';

/** A comparison running in the background: its result, and a way to stop it. */
export interface Comparison {
  result: Promise<Report>;
  cancel(): void;
}

// Beside the bundled command (dist/bin); the unbundled build has no worker and compares in place.
const WORKER = fileURLToPath(new URL('./compare-worker.mjs', import.meta.url));

/** Compares the articles in a worker thread, so the main thread keeps answering the user. */
export function compareInBackground(source: IngestedArticle, rewrite: IngestedArticle): Comparison {
  if (!existsSync(WORKER)) {
    const result = new Promise<Report>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(compare(source, rewrite));
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
    return { result, cancel: () => undefined };
  }
  const worker = new Worker(WORKER, { workerData: { source, rewrite } });
  const result = new Promise<Report>((resolve, reject) => {
    worker.once(
      'message',
      (m: { report?: Report; error?: { message: string; input: boolean; stack?: string } }) => {
        if (m.report) return resolve(m.report);
        const error = m.error!.input ? new InputError(m.error!.message) : new Error(m.error!.message);
        if (m.error!.stack) error.stack = m.error!.stack;
        reject(error);
      },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the comparison stopped (worker exit ${code})`)));
  });
  result.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  );
  return { result, cancel: () => void worker.terminate() };
}
