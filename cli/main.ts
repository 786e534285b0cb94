#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../src/index.js';
import { alignCommand } from './commands/align.js';
import { checkCommand } from './commands/check.js';
import { reportCommand } from './commands/report.js';
import { reviewCommand } from './commands/review.js';
import { STDIN } from './input.js';
import { version } from './version.js';

/** Exit statuses: 0 no finding at or above --fail-on, 1 there is one, 2 usage or input error. */
const EXIT_USAGE = 2;

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  try {
    // yargs reads a lone "-" as an empty option; the article readers know it by this name instead.
    await yargs(argv.map((a) => (a === '-' ? STDIN : a)))
      .scriptName('factdiff')
      .usage(
        '$0 <command> SOURCE REWRITE [options]\n\nShows where a rewritten news article drifted from its source.',
      )
      .option('lang', {
        choices: ['auto', 'de', 'en'] as const,
        default: 'auto' as const,
        describe: 'Language of both articles',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON (same as --format json)' })
      .option('format', {
        choices: ['text', 'compact', 'json', 'md'] as const,
        describe: 'Output format (text at a terminal, compact in a pipe)',
      })
      .option('color', {
        type: 'boolean',
        describe: 'Colour the output (--no-color or NO_COLOR turn it off)',
      })
      .option('quiet', {
        alias: 'q',
        type: 'boolean',
        default: false,
        describe: 'Print only the result, no warnings',
      })
      .option('output', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' })
      .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces for errors' })
      .command(checkCommand)
      .command(alignCommand)
      .command(reportCommand)
      .command(reviewCommand)
      .demandCommand(1, 'Give two articles: factdiff SOURCE REWRITE (see --help)')
      .strict()
      .version(version)
      .help()
      .alias('h', 'help')
      .epilogue('Exit status: 0 no finding at or above --fail-on, 1 at least one, 2 usage or input error.')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((message, error) => {
        if (error) throw error;
        process.stderr.write(`factdiff: ${message}\nRun factdiff --help for usage.\n`);
        process.exit(EXIT_USAGE);
      })
      .parseAsync();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`factdiff: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      process.exit(EXIT_USAGE);
    }
    process.stderr.write(`factdiff: internal error: ${(error as Error).message}\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('Run again with --debug for details.\n');
    process.exit(EXIT_USAGE + 1);
  }
}

await main(hideBin(process.argv));
