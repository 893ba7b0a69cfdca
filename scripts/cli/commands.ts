import { actions } from './actions';
import { backtest } from './backtest';
import { candidates } from './candidates';
import type { CliCommand } from './command';
import { exportCommand } from './export';
import { hotspots } from './hotspots';
import { localMapping } from './local-mapping';
import { minutes } from './minutes';
import { pack } from './pack';
import { patterns } from './patterns';
import { summary } from './summary';
import { trends } from './trends';

/** Every command of `npm run cli -- …`. Add a command here. */
export const COMMANDS: readonly CliCommand[] = [
  summary,
  exportCommand,
  localMapping,
  trends,
  hotspots,
  patterns,
  candidates,
  backtest,
  pack,
  actions,
  minutes,
];
