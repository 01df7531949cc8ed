/** A short lower-case reason for a file-system error, fit for a one-line message. */
export function fsErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "not a directory";
    case "EEXIST":
      return "already exists";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
