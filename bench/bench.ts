import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/compare.js';
import { align } from '../src/align/align.js';
import { alignArticles } from '../src/align/articles.js';
import { ingestBytes } from '../src/ingest/article.js';
import { syntheticPair } from './synthetic.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).sort();
const read = (name: string) => ingestBytes(readFileSync(new URL(name, seedDir)), { name }).article;
const source = read(seeds[0]!);
const rewrite = read(seeds[1]!);

function timeWarm(run: () => void, rounds: number): { median: number; best: number } {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! };
}

const line = (label: string, value: string, target: string): void => {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(12)}   target ${target}\n`);
};

const seedAlign = timeWarm(() => alignArticles(source, rewrite), 20);
line('align seed pair (warm, median)', `${seedAlign.median.toFixed(1)} ms`, '< 20 ms');

const seedCompare = timeWarm(
  () => compare({ text: source.text, name: 'a' }, { text: rewrite.text, name: 'b' }),
  20,
);
line('compare seed pair (warm, median)', `${seedCompare.median.toFixed(1)} ms`, '< 50 ms');
const screen = reviewScreenTimes();
line('review screen: first frame after start', screen.firstFrame, '< 500 ms');
line('review screen: findings shown after start', screen.findings, 'none set');

/**
 * Starts the review screen in a real terminal (tmux) and times its first frame (anything drawn) and
 * the frame with the findings. The clock starts when the pane's shell launches the CLI (stamped by the pane
 * itself), so tmux's own start-up is not counted.
 */
function reviewScreenTimes(): { firstFrame: string; findings: string } {
  if (spawnSync('tmux', ['-V']).status !== 0) return { firstFrame: 'no tmux', findings: 'no tmux' };
  const session = `factdiff-bench-${process.pid}`;
  const stamp = `/tmp/${session}.start`;
  const cli = fileURLToPath(new URL('../bin/factdiff.mjs', import.meta.url));
  const seedsPath = fileURLToPath(seedDir);
  const command = `date +%s%N > ${stamp}; exec env -u CI node ${cli} review ${seedsPath}${seeds[0]} ${seedsPath}${seeds[1]} --review-file /tmp/${session}.json`;
  const first: number[] = [];
  const full: number[] = [];
  const pause = new Int32Array(new SharedArrayBuffer(4));
  execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '80', '-y', '24', 'sleep 600']);
  try {
    for (let run = 0; run < 7; run++) {
      rmSync(stamp, { force: true });
      execFileSync('tmux', ['respawn-pane', '-k', '-t', session, command]);
      let firstAt = 0;
      let fullAt = 0;
      const deadline = Date.now() + 5000;
      while (!fullAt && Date.now() < deadline) {
        const screen = execFileSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' });
        if (!firstAt && screen.trim()) firstAt = Date.now();
        if (screen.includes('findings')) fullAt = Date.now();
        else Atomics.wait(pause, 0, 0, 10); // polling flat out would take a core from the CLI under test
      }
      const launchedAt = Number(BigInt(readFileSync(stamp, 'utf8').trim()) / 1_000_000n);
      first.push(firstAt ? firstAt - launchedAt : Infinity);
      full.push(fullAt ? fullAt - launchedAt : Infinity);
    }
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
    rmSync(stamp, { force: true });
  }
  const median = (times: number[]) => `${times.sort((a, b) => a - b)[3]!.toFixed(0)} ms`;
  return { firstFrame: median(first), findings: median(full) };
}

const vocabulary = [
  ...new Set(seeds.flatMap((s) => read(s).text.split(/[^\p{L}]+/u)).filter((w) => w.length > 2)),
];

/** Time and memory of one run: wall time, the heap's peak above where it started, the process's resident size. */
function measure(run: () => void): { ms: number; heap: number; rss: number } {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t = process.hrtime.bigint();
  run();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, heap: (peak - before) / 1024 / 1024, rss: process.memoryUsage().rss / 1024 / 1024 };
}

/** Times a run as its input doubles; the input is made before the clock starts. */
function doubling<T>(
  title: string,
  sizes: number[],
  label: (size: number) => string,
  prepare: (size: number) => T,
  run: (input: T) => void,
): { ms: number; rss: number } {
  process.stdout.write(`\n${title}:\n`);
  let previous = 0;
  let last = { ms: 0, heap: 0, rss: 0 };
  for (const size of sizes) {
    const input = prepare(size);
    last = measure(() => run(input));
    const growth = previous ? `  (×${(last.ms / previous).toFixed(2)})` : '         ';
    process.stdout.write(
      `  ${label(size).padStart(16)}  ${last.ms.toFixed(0).padStart(6)} ms${growth}  heap +${last.heap.toFixed(0)} MB  rss ${last.rss.toFixed(0)} MB\n`,
    );
    previous = last.ms;
  }
  return last;
}

const aligned = doubling(
  'alignment time as the articles double (synthetic German sentences)',
  [250, 500, 1000, 2000],
  (n) => `${n} sentences`,
  (n) => syntheticPair(n, vocabulary, n),
  (pair) => align(pair.source, pair.rewrite, { language: 'de' }),
);
line('align two 2,000-sentence articles', `${(aligned.ms / 1000).toFixed(2)} s`, '< 2 s and 500 MB');

const compared = doubling(
  'comparison end to end as the articles double (the same sentences, read, aligned, checked)',
  [250, 500, 1000, 2000],
  (n) => `${n} sentences`,
  (n) => syntheticPair(n, vocabulary, n),
  (pair) => compare({ text: pair.source.join(' '), name: 'a' }, { text: pair.rewrite.join(' '), name: 'b' }),
);
line(
  'compare two 2,000-sentence articles',
  `${(compared.ms / 1000).toFixed(2)} s ${compared.rss.toFixed(0)} MB`,
  '< 2 s and 500 MB',
);

// One line without sentence punctuation: the seed's words, its stops taken out, against a copy with a word in twenty
// changed. Both sides that long is the harder case.
const seedWords = source.text
  .replace(/[.!?;:]/g, ' ')
  .split(/\s+/)
  .filter(Boolean);
const singleLine = (bytes: number, edited: boolean): string => {
  const words: string[] = [];
  for (let length = 0, i = 0; length < bytes; i++) {
    const word =
      edited && i % 20 === 7 ? vocabulary[i % vocabulary.length]! : seedWords[i % seedWords.length]!;
    words.push(word);
    length += Buffer.byteLength(word) + 1;
  }
  return words.join(' ');
};
const MB = 1_000_000;
const longest = doubling(
  'comparison of one line without sentence punctuation as it doubles (both sides that long)',
  [0.625, 1.25, 2.5, 5].map((mb) => mb * MB),
  (bytes) => `${(bytes / MB).toFixed(3).replace(/\.?0+$/, '')} MB`,
  (bytes) => ({ source: singleLine(bytes, false), rewrite: singleLine(bytes, true) }),
  (pair) => compare({ text: pair.source, name: 'a' }, { text: pair.rewrite, name: 'b' }),
);
line('compare a 5 MB single line', `${(longest.ms / 1000).toFixed(1)} s`, '< 10 s');
