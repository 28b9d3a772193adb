/** Exit codes scripts can rely on (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Some inputs could not be read; the others were processed. */
  inputFailed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The command could not run at all: the store cannot be opened, a needed file is missing. */
  unavailable: 3,
  /** `check` found the store damaged: each problem is listed. */
  unsound: 4,
} as const;
