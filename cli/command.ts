/** One CLI command. `name` may be several words ("user add"); they are matched against the leading arguments. */
export interface Command {
  name: string;
  /** Argument synopses shown after `attest <name>`, one per line. */
  synopsis: string[];
  summary: string;
  /** Receives the arguments after the name; returns the exit code or throws a CliError. */
  run(args: string[]): number | Promise<number>;
}
