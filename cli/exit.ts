/** The exit statuses, as the README's table lists them. */
export const EXIT = {
  ok: 0,
  /** With --fail-on: a finding at or above it, or articles that are not about the same event. */
  findings: 1,
  usage: 2,
  internal: 3,
  /** The reviewer quit the review screen with decisions that could not be written. */
  unsaved: 4,
  /** Ctrl-C, or quitting before the comparison finished: 128 + SIGINT, as shells report it. */
  interrupted: 130,
} as const;
