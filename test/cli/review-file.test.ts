import {
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  chmodSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview, reviewPath, ReviewStore } from '../../cli/review-file.js';
import { STDIN } from '../../cli/input.js';

const dir = mkdtempSync(join(tmpdir(), 'factdiff-review-'));
const pair = {
  source: 'a.txt',
  rewrite: 'b.txt',
  sha256: { source: 'a'.repeat(64), rewrite: 'b'.repeat(64) },
};
const onDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('where decisions are kept', () => {
  it('beside a rewrite file, after a URL in the working folder, nowhere for standard input', () => {
    expect(reviewPath('news/b.txt')).toBe('news/b.txt.review.json');
    expect(reviewPath('https://example.com/news/a-1.html?x=1')).toBe(
      'example.com_news_a-1.html_x=1.review.json',
    );
    expect(reviewPath('https://other.org/a')).not.toBe(reviewPath('https://example.com/a'));
    expect(reviewPath(STDIN)).toBeUndefined();
    expect(reviewPath(STDIN, 'mine.json')).toBe('mine.json');
  });
});

describe('two sessions on one review file', () => {
  it('keep each other’s decisions: every save re-reads and merges', () => {
    const path = join(dir, 'shared.review.json');
    const one = new ReviewStore(path, pair);
    const two = new ReviewStore(path, pair);
    one.decide('f1', { decision: 'confirmed' });
    two.decide('f2', { decision: 'dismissed' });
    one.decide('f3', { note: 'check with desk' });
    expect(Object.keys(onDisk(path).decisions).sort()).toEqual(['f1', 'f2', 'f3']);
    // The same finding: the later change wins; clearing removes it for both.
    two.decide('f1', { decision: 'dismissed' });
    expect(onDisk(path).decisions.f1).toEqual({ decision: 'dismissed' });
    one.decide('f2', undefined);
    expect(Object.keys(onDisk(path).decisions).sort()).toEqual(['f1', 'f3']);
    expect(onDisk(path).sha256).toEqual(pair.sha256);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('waits for another session’s lock, and breaks one a crash left behind', () => {
    const path = join(dir, 'locked.review.json');
    writeFileSync(`${path}.lock`, '99999\n');
    const store = new ReviewStore(path, pair);
    expect(() => store.decide('f1', { decision: 'confirmed' })).toThrow(
      /another factdiff is saving this review/,
    );
    expect(store.unsaved).toBe(1);
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(`${path}.lock`, old, old);
    store.save();
    expect(store.unsaved).toBe(0);
    expect(onDisk(path).decisions.f1).toEqual({ decision: 'confirmed' });
  });

  it('keeps the review file’s permissions', () => {
    const path = join(dir, 'mode.review.json');
    new ReviewStore(path, pair).decide('f1', { decision: 'confirmed' });
    chmodSync(path, 0o640);
    new ReviewStore(path, pair).decide('f2', { decision: 'confirmed' });
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });
});

describe('reading a review file', () => {
  it('warns when it was written for other articles, and not when it has no hashes', () => {
    const path = join(dir, 'old.review.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, source: 'a', rewrite: 'b', decisions: {} }));
    const warnings: string[] = [];
    loadReview(path, pair, (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    writeFileSync(
      path,
      JSON.stringify({
        schemaVersion: 1,
        source: 'a',
        rewrite: 'b',
        sha256: { ...pair.sha256, rewrite: 'c'.repeat(64) },
        decisions: {},
      }),
    );
    loadReview(path, pair, (w) => warnings.push(w));
    expect(warnings).toEqual([
      `${path}: was written for another rewrite (its SHA-256 differs); decisions apply only to findings with the same id`,
    ]);
  });
});
