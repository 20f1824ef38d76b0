import pc from 'picocolors';

/** Where a command writes: text for people (colors only on a TTY) or JSON for programs. */
export interface Output {
  readonly json: boolean;
  readonly color: boolean;
  readonly width: number;
  out(text: string): void;
  err(text: string): void;
  data(value: unknown): void;
}

export interface OutputStreams {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream;
}

export const createOutput = (json: boolean, streams: OutputStreams): Output => {
  const color = pc.isColorSupported && Boolean(streams.stdout.isTTY);
  return {
    json,
    color,
    width: Math.max(60, Math.min(streams.stdout.columns ?? 100, 120)),
    out: (text) => void streams.stdout.write(`${text}\n`),
    err: (text) => void streams.stderr.write(`${text}\n`),
    data: (value) => void streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
};

/** Color helpers that become identity functions when color is off. */
export const paint = (output: Output) => {
  const on = output.color;
  const wrapWith = (fn: (s: string) => string) => (s: string) => (on ? fn(s) : s);
  return {
    bold: wrapWith(pc.bold),
    dim: wrapWith(pc.dim),
    cyan: wrapWith(pc.cyan),
    green: wrapWith(pc.green),
    yellow: wrapWith(pc.yellow),
    red: wrapWith(pc.red),
    magenta: wrapWith(pc.magenta),
  };
};

/** Wraps text to `width` columns, indenting every line by `indent` spaces (first line by `first`). */
export const wrap = (text: string, width: number, indent = 0, first = indent): string => {
  const lines: string[] = [];
  let line = ' '.repeat(first);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
};
