import { describe, expect, it } from 'vitest';
import { describeProgress, progressOn } from '../../cli/progress.js';

/** A stream that records what is written, at a terminal or not, with a clock the test moves. */
function fakeStream(isTTY: boolean, columns = 100) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns,
    write: (s: string) => written.push(s) > 0,
  } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('progress on standard error', () => {
  it('says the stage, the count in its unit and the time run', () => {
    expect(describeProgress({ stage: 'align', done: 12, total: 2000 }, 1500)).toBe(
      'pairing statements 12/2,000 rewrite statements · 1.5 s',
    );
    expect(describeProgress({ stage: 'rules', done: 3, total: 14 }, 61_000)).toBe(
      'checking 3/14 detectors · 61.0 s',
    );
  });

  it('shows nothing during the first second, then one line redrawn in place, cleared at the end', () => {
    const { stream, written } = fakeStream(true);
    const time = clock();
    const display = progressOn(stream, { now: time.now });
    time.advance(900);
    display.listener({ stage: 'align', done: 10, total: 100 });
    expect(written).toEqual([]);
    time.advance(200);
    display.listener({ stage: 'align', done: 50, total: 100 });
    time.advance(50);
    display.listener({ stage: 'align', done: 60, total: 100 });
    time.advance(150);
    display.listener({ stage: 'facts', done: 1, total: 200 });
    expect(written).toEqual([
      '\r\x1b[2Kfactdiff: pairing statements 50/100 rewrite statements · 1.1 s',
      '\r\x1b[2Kfactdiff: reading facts 1/200 sentences · 1.3 s',
    ]);
    display.end();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing, not even a clearing, for a comparison under a second', () => {
    const { stream, written } = fakeStream(true);
    const time = clock();
    const display = progressOn(stream, { now: time.now });
    time.advance(300);
    display.listener({ stage: 'rules', done: 14, total: 14 });
    display.end();
    expect(written).toEqual([]);
  });

  it('writes nothing to a pipe or a log, however long it takes', () => {
    const { stream, written } = fakeStream(false);
    const time = clock();
    const display = progressOn(stream, { now: time.now });
    time.advance(5000);
    display.listener({ stage: 'facts', done: 1, total: 2 });
    display.end();
    expect(written).toEqual([]);
  });

  it('keeps the line narrower than the terminal, so a redraw does not wrap', () => {
    const { stream, written } = fakeStream(true, 30);
    const time = clock();
    const display = progressOn(stream, { now: time.now });
    time.advance(2000);
    display.listener({ stage: 'facts', done: 1, total: 2 });
    expect(written[0]).toBe('\r\x1b[2Kfactdiff: reading facts 1/2 …');
    expect(written[0]!.length - '\r\x1b[2K'.length).toBeLessThan(30);
  });
});
