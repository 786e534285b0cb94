import type { Argv, Options } from 'yargs';
import { InputError, SEVERITIES } from '../src/index.js';

export const COMMANDS = ['check', 'align', 'report', 'review'] as const;
export type CommandName = (typeof COMMANDS)[number];

interface OptionSpec {
  alias?: string;
  /** The commands that take the option; any other refuses it, naming these. */
  commands: readonly CommandName[];
  /** Per-command differences in what the option accepts. */
  choices?: Partial<Record<CommandName, readonly string[]>>;
  describe?: Partial<Record<CommandName, string>>;
  yargs: Options;
}

/**
 * Every option and the commands it means something to. One table, so each command's --help, the
 * refusal of an option a command does not take, and the README's option table cannot disagree.
 */
export const OPTIONS: Record<string, OptionSpec> = {
  lang: {
    commands: COMMANDS,
    yargs: {
      choices: ['auto', 'de', 'en'],
      default: 'auto',
      describe: 'Language of both articles (detected by default)',
    },
  },
  format: {
    commands: ['check', 'align'],
    choices: { check: ['text', 'compact', 'json', 'md'], align: ['text', 'json'] },
    describe: {
      check: 'Output format (default: text at a terminal, compact in a pipe or file)',
      align: 'Output format (default: text)',
    },
    yargs: { type: 'string', describe: 'Output format' },
  },
  json: {
    commands: ['check', 'align'],
    yargs: { type: 'boolean', describe: 'Print JSON (same as --format json)' },
  },
  'min-severity': {
    commands: ['check', 'report', 'review'],
    describe: {
      report: 'List findings at or above this severity (the counts still cover all)',
      review: 'Start the screen showing findings at or above this severity (s changes it)',
    },
    yargs: { choices: SEVERITIES, describe: 'Show findings at or above this severity (default low)' },
  },
  'fail-on': {
    commands: ['check'],
    yargs: {
      choices: SEVERITIES,
      describe:
        'Exit with status 1 when a finding at or above this severity exists, or the articles are unrelated',
    },
  },
  'review-file': {
    commands: ['check', 'report', 'review'],
    yargs: {
      type: 'string',
      describe: 'Where review decisions are kept (default: REWRITE.review.json)',
    },
  },
  output: {
    alias: 'o',
    commands: ['check', 'align', 'report'],
    yargs: { type: 'string', describe: 'Write to this file instead of stdout (never to an input)' },
  },
  color: {
    commands: ['check', 'align', 'review'],
    yargs: {
      type: 'string',
      coerce: colorChoice,
      describe: 'Colour: auto (at a terminal, unless NO_COLOR), always, never; --no-color = never',
    },
  },
  quiet: {
    alias: 'q',
    commands: COMMANDS,
    yargs: { type: 'boolean', default: false, describe: 'Print only the result, no warnings' },
  },
  debug: {
    commands: COMMANDS,
    yargs: { type: 'boolean', default: false, describe: 'Show stack traces for errors' },
  },
};

/** Adds the options `command` takes, and only those. */
export function withOptionsOf<T>(y: Argv<T>, command: CommandName): Argv<T> {
  let out = y;
  for (const [name, spec] of Object.entries(OPTIONS)) {
    if (!spec.commands.includes(command)) continue;
    const choices = spec.choices?.[command];
    const describe = spec.describe?.[command];
    out = out.option(name, {
      ...spec.yargs,
      ...(describe ? { describe } : {}),
      ...(spec.alias ? { alias: spec.alias } : {}),
      ...(choices ? { choices } : {}),
    }) as Argv<T>;
  }
  return out;
}

/** The options `command` does not take among `given` (long names, as typed without dashes). */
export function foreignOptions(command: CommandName, given: string[]): string[] {
  return given.filter((name) => {
    const spec = OPTIONS[name] ?? Object.values(OPTIONS).find((s) => s.alias === name);
    return spec !== undefined && !spec.commands.includes(command);
  });
}

/** "--json is not an option of report; check and align take it." */
export function refusal(command: CommandName, name: string): string {
  const spec = OPTIONS[name] ?? Object.values(OPTIONS).find((s) => s.alias === name)!;
  const long = OPTIONS[name] ? name : Object.keys(OPTIONS).find((k) => OPTIONS[k] === spec)!;
  const takers = spec.commands.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return `--${long} is not an option of ${command}; ${takers} ${spec.commands.length === 1 ? 'takes' : 'take'} it`;
}

/** `--color`, `--color=always`, `--no-color`, as one of three answers. */
export type ColorChoice = 'auto' | 'always' | 'never';

export function colorChoice(value: unknown): ColorChoice {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === true || value === '' || value === 'always' || value === 'true') return 'always';
  if (value === false || value === 'never' || value === 'false') return 'never';
  throw new InputError(`--color takes auto, always or never, not "${String(value)}"`);
}
