#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../src/index.js';
import { readArgv } from './argv.js';
import { alignCommand } from './commands/align.js';
import { checkCommand } from './commands/check.js';
import { reportCommand } from './commands/report.js';
import { reviewCommand } from './commands/review.js';
import { EXIT } from './exit.js';
import { quietOnClosedPipe } from './output.js';
import { version } from './version.js';

async function main(raw: string[]): Promise<void> {
  quietOnClosedPipe();
  const debug = raw.includes('--debug');
  const reading = readArgv(raw);
  if (reading.error) {
    process.stderr.write(`factdiff: ${reading.error}\n`);
    process.exit(EXIT.usage);
  }
  try {
    await yargs(reading.argv)
      .scriptName('factdiff')
      .usage(
        '$0 [command] SOURCE REWRITE [options]\n\nShows where a rewritten news article drifted from its source.',
      )
      .command(checkCommand)
      .command(alignCommand)
      .command(reportCommand)
      .command(reviewCommand)
      .strict()
      .version(version)
      .help()
      .alias('h', 'help')
      .epilogue(
        'Exit status: 0 done (no finding at or above --fail-on), 1 a finding at or above --fail-on (or unrelated articles), 2 usage or input error, 3 internal error, 4 review decisions not saved, 130 interrupted.',
      )
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((message, error) => {
        // yargs's own errors (YError: a bad value, a failed coerce) are the user's to fix; others are bugs.
        if (error && error.name !== 'YError') throw error;
        process.stderr.write(
          `factdiff: ${message.replace(/:?\s*\n\s*/g, ': ')}\nRun factdiff ${reading.command} --help for usage.\n`,
        );
        process.exit(EXIT.usage);
      })
      .parseAsync();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`factdiff: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      process.exit(EXIT.usage);
    }
    process.stderr.write(`factdiff: internal error: ${(error as Error).message}\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('Run again with --debug for details.\n');
    process.exit(EXIT.internal);
  }
}

await main(hideBin(process.argv));
