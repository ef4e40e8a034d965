/** A failure the person at the terminal can act on: its message is printed as is, without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1: refused or failed; 2: the command line or configuration is wrong. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
