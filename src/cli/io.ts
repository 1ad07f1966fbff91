/** Where a CLI command writes: a line of output, or a line on the error stream. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
