import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { ReactElement } from 'react';

/** A terminal of a given size for Ink, as ink-testing-library's (which is always 100 wide and has no height). */
class Screen extends EventEmitter {
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): void => {
    this.frames.push(frame);
  };
}

/** Keys typed: queued until read, as a terminal's input is, so keys typed faster than the screen reads are kept. */
class Keyboard extends EventEmitter {
  isTTY = true;
  queue: string[] = [];
  /** How many frames the screen had drawn when the last key was typed. */
  framesAtKey = 0;
  constructor(readonly screen: Screen) {
    super();
  }
  write = (data: string): void => {
    this.framesAtKey = this.screen.frames.length;
    this.queue.push(data);
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => this.queue.shift() ?? null;
  /**
   * Waits until the screen draws a frame after the last key, or `limit` ms: React may render a key's change in slices
   * that a busy machine spreads over more than a fixed pause, and a key that changes nothing draws no frame.
   */
  async drawn(limit = 250): Promise<void> {
    const until = Date.now() + limit;
    while (this.screen.frames.length <= this.framesAtKey && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 5));
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** Renders at columns × rows; `resize` changes the size as a terminal window would. */
export function renderAt(tree: ReactElement, columns: number, rows: number) {
  const stdout = new Screen(columns, rows);
  const stdin = new Keyboard(stdout);
  const instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new Screen(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    stdin,
    lastFrame: (): string => stdout.frames.at(-1) ?? '',
    resize(c: number, r: number): void {
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit('resize');
    },
    unmount: instance.unmount,
  };
}
