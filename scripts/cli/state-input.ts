import { readFileSync } from 'node:fs';
import { parseTaskingState } from '../../src/tasking/state-file';
import type { TaskingState } from '../../src/tasking/tasking-state';
import { DataProblem } from './command';
import type { FlagSpec } from './options';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const RESTRICTED_FLAG: FlagSpec = {
  name: 'restricted',
  description: 'include the restricted part (named cases); never share the output openly',
};

/** `--state FILE`: the tasking state, or a DataProblem quoting the parser's refusal. */
export function readStateFile(path: string): TaskingState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataProblem(`--state ${path}: cannot be read (${String(error)})`, { cause: error });
  }
  const parsed = parseTaskingState(text);
  if (!parsed.ok) throw new DataProblem(`--state ${path}: ${parsed.message}`);
  return parsed.state;
}
