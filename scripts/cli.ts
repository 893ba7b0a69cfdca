import { openNodeDuck } from '../src/db/node';
import { initialiseDatabase } from '../src/db/init';
import { parseCliArgs } from './cli/options';
import { COMMANDS } from './cli/commands';

async function main(): Promise<number> {
  const options = parseCliArgs(process.argv.slice(2));
  const command = COMMANDS[options.command];
  if (!command) {
    const usage = Object.values(COMMANDS).map((c) => `  npm run cli -- ${c.usage}`);
    process.stderr.write(`Usage:\n${usage.join('\n')}\n`);
    return options.command === 'help' ? 0 : 2;
  }
  if (options.inputs.length === 0) {
    process.stderr.write(`${options.command}: give at least one file, folder or zip\n`);
    return 2;
  }
  const db = await initialiseDatabase(await openNodeDuck());
  try {
    const output = (await command.run(db, options)) + '\n';
    // Wait until a pipe has taken all of it: process.exit would cut a large JSON short.
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(output, (error) => (error ? reject(error) : resolve())),
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
