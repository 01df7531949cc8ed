export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const WIDTH = 10;

/** `[#####-----]` for done of total. */
export function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.round((WIDTH * Math.min(done, total)) / total) : WIDTH;
  return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
}

/**
 * `[#####-----] 3/10 file.txt` on `out`: redrawn in place on a terminal, one line per
 * update otherwise, so a log file or CI output reads as a list of what was done.
 */
export function progressBar(total: number, out: ProgressStream = process.stderr) {
  let drawn = false;
  return {
    update(done: number, label: string) {
      const line = `${bar(done, total)} ${done}/${total} ${label}`;
      if (!out.isTTY) {
        out.write(`${line}\n`);
        return;
      }
      // A line longer than the terminal wraps, and \r would then redraw only its last part.
      const fitted = out.columns && line.length >= out.columns ? `${line.slice(0, out.columns - 2)}…` : line;
      out.write(`\r${fitted}\x1b[K`);
      drawn = true;
    },
    /** Ends the redrawn line so what follows starts on a line of its own. */
    finish() {
      if (drawn) out.write("\n");
    },
  };
}
