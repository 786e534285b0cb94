import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { schemeOf, STDIN } from './input.js';
import { COMMANDS, foreignOptions, OPTIONS, refusal, type CommandName } from './options.js';

/** What the command line asks for, read before yargs so that mistakes get a message that names them. */
export interface ArgvReading {
  command: CommandName;
  /** The arguments for yargs: "-" renamed, a bare --color made explicit. */
  argv: string[];
  /** A one-line refusal, when the arguments cannot mean anything. */
  error?: string;
}

const COLOR_VALUES = new Set(['auto', 'always', 'never']);
const takesValue = (name: string): boolean =>
  OPTIONS[name] !== undefined && OPTIONS[name].yargs.type !== 'boolean' && name !== 'color';

function optionName(token: string): string | undefined {
  if (token.startsWith('--')) {
    const name = token.slice(2).split('=')[0]!;
    return name.startsWith('no-') && OPTIONS[name.slice(3)] ? name.slice(3) : name;
  }
  if (/^-[a-z]$/i.test(token)) {
    const short = token.slice(1);
    return Object.keys(OPTIONS).find((k) => OPTIONS[k]!.alias === short) ?? short;
  }
  return undefined;
}

export function readArgv(raw: string[]): ArgvReading {
  const argv: string[] = [];
  const positionals: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (token === '-') {
      argv.push(STDIN);
      positionals.push(token);
      continue;
    }
    const name = optionName(token);
    if (name === undefined) {
      argv.push(token);
      positionals.push(token);
      continue;
    }
    options.push(name);
    // "--color a.txt" would take the article as the colour: a bare --color means always.
    if (token === '--color' && !COLOR_VALUES.has(raw[i + 1] ?? '')) {
      argv.push('--color=always');
      continue;
    }
    argv.push(token);
    if (takesValue(name) && !token.includes('=') && i + 1 < raw.length) argv.push(raw[++i]!);
  }
  const asksHelp = options.includes('help') || options.includes('h') || options.includes('version');
  const named = COMMANDS.find((c) => c === positionals[0]);
  const command = named ?? 'check';
  const reading = { command, argv };
  if (asksHelp) return reading;
  if (positionals.length === 0)
    return { ...reading, error: 'usage: factdiff SOURCE REWRITE (factdiff --help lists the commands)' };
  if (!named) {
    const first = positionals[0]!;
    const meant = looksLikeArticle(first) ? undefined : closestCommand(first);
    if (meant || (!looksLikeArticle(first) && positionals.length > 2))
      return {
        ...reading,
        error: `unknown command '${first}'${meant ? `; did you mean ${meant}?` : ''} (commands: ${COMMANDS.join(', ')})`,
      };
  }
  const foreign = foreignOptions(command, options);
  if (foreign.length) return { ...reading, error: refusal(command, foreign[0]!) };
  return reading;
}

const looksLikeArticle = (arg: string): boolean =>
  arg === '-' || schemeOf(arg) !== undefined || /[./\\]/.test(arg) || existsSync(arg);

/** A command within two typing mistakes of the word. */
function closestCommand(word: string): CommandName | undefined {
  let best: { command: CommandName; distance: number } | undefined;
  for (const command of COMMANDS) {
    const distance = editDistance(word.toLowerCase(), command);
    if (distance <= 2 && (!best || distance < best.distance)) best = { command, distance };
  }
  return best?.command;
}

// natural's string distances, loaded alone and only when a word is not a command (its entry loads everything).
const require = createRequire(import.meta.url);
const editDistance = (a: string, b: string): number =>
  (
    require('natural/lib/natural/distance/levenshtein_distance.js') as {
      DamerauLevenshteinDistance(a: string, b: string): number;
    }
  ).DamerauLevenshteinDistance(a, b);
