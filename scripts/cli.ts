import { runCommandLine } from './cli/main';

/** Resolves once the stream has taken all of it: process.exit would cut a large JSON short. */
function writer(stream: NodeJS.WriteStream) {
  return (text: string) =>
    new Promise<void>((resolve, reject) =>
      stream.write(text, (error) => (error ? reject(error) : resolve())),
    );
}

runCommandLine(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
