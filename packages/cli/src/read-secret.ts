import { createInterface } from 'node:readline';
import { NimbusError } from '@nimbus/core';

/** Reads a password: all of standard input with --password-stdin, or a hidden prompt (asked twice) on a terminal. */
export const readPassword = async (fromStdin: boolean): Promise<string | undefined> => {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    if (!text) throw new NimbusError('INVALID_ARGUMENT', '--password-stdin got an empty password');
    return text;
  }
  if (!process.stdin.isTTY) return undefined;
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        write.call(rl, s.startsWith(question) ? question : '');
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const second = await ask('Repeat password: ');
  if (first !== second) throw new NimbusError('INVALID_ARGUMENT', 'the two passwords differ');
  return first;
};
