import { minutesDocx } from '../../tasking/minutes/minutes-docx';
import { minutesHtml } from '../../tasking/minutes/minutes-html';
import type { Minutes, MinutesVersion } from '../../tasking/minutes/minutes-model';
import { buildMinutes } from '../../tasking/minutes/minutes-model';
import type { MonthId, TaskingState } from '../../tasking/tasking-state';

/** Options of {@link minutesReport}. */
export interface MinutesReportOptions {
  /** 'open' (default) leaves the restricted part out entirely; 'restricted' includes it. */
  version?: MinutesVersion;
  groupName?: string;
  generatedAt?: Date;
}

/** The minutes of a meeting month and their printable HTML and .docx, named for saving. */
export interface MinutesDocuments {
  minutes: Minutes;
  html: { name: string; content: string };
  docx: { name: string; content: Uint8Array };
}

/**
 * The minutes of the meeting of `month`, from the tasking state alone (no database): throws an
 * Error when no meeting was recorded for that month.
 */
export async function minutesReport(
  state: TaskingState,
  month: MonthId,
  options: MinutesReportOptions = {},
): Promise<MinutesDocuments> {
  const version = options.version ?? 'open';
  const minutes = buildMinutes({
    state,
    month,
    version,
    generatedAt: options.generatedAt ?? new Date(),
    groupName: options.groupName,
  });
  const base = `minutes-${month}${version === 'restricted' ? '-restricted' : ''}`;
  return {
    minutes,
    html: { name: `${base}.html`, content: minutesHtml(minutes) },
    docx: { name: `${base}.docx`, content: await minutesDocx(minutes) },
  };
}
