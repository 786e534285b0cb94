/** An error in what the user gave factdiff (a file, an option): reported as one line, exit status 2. */
export class InputError extends Error {
  override name = 'InputError';
}
