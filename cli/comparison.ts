import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  compare,
  InputError,
  type IngestedArticle,
  type Progress,
  type ProgressListener,
  type Report,
} from '../src/index.js';

/** A comparison running in the background: its result, how far it has got, and a way to stop it. */
export interface Comparison {
  result: Promise<Report>;
  /** Tells the listener each time the comparison reports progress; returns the way to stop listening. */
  onProgress(listener: ProgressListener): () => void;
  /** When it began (`performance.now()`), for the time shown beside the progress. */
  startedAt: number;
  cancel(): void;
}

/** What the worker posts: progress while it runs, then the report or the error. */
export type WorkerMessage =
  | { progress: Progress }
  | { report: Report }
  | { error: { message: string; input: boolean; stack?: string } };

// Beside the bundled command (dist/bin); the unbundled build has no worker and compares in place.
const WORKER = fileURLToPath(new URL('./compare-worker.mjs', import.meta.url));

/** Compares the articles in a worker thread, so the main thread keeps answering the user. */
export function compareInBackground(source: IngestedArticle, rewrite: IngestedArticle): Comparison {
  const startedAt = performance.now();
  const listeners = new Set<ProgressListener>();
  const tell: ProgressListener = (p) => listeners.forEach((l) => l(p));
  const onProgress = (listener: ProgressListener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  if (!existsSync(WORKER)) {
    const result = new Promise<Report>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(compare(source, rewrite, { onProgress: tell }));
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
    return { result, onProgress, startedAt, cancel: () => undefined };
  }
  const worker = new Worker(WORKER, { workerData: { source, rewrite } });
  const result = new Promise<Report>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if ('progress' in m) return tell(m.progress);
      if ('report' in m) return resolve(m.report);
      const error = m.error.input ? new InputError(m.error.message) : new Error(m.error.message);
      if (m.error.stack) error.stack = m.error.stack;
      reject(error);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the comparison stopped (worker exit ${code})`)));
  });
  result.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  );
  return { result, onProgress, startedAt, cancel: () => void worker.terminate() };
}
