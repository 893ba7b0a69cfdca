import type { ActionShownStatus, Partner, Rag } from '../../tasking/meeting-state';

export const STATUS_TEXT: Record<ActionShownStatus, string> = {
  open: 'Open',
  done: 'Done',
  overdue: 'Overdue',
  'carried-forward': 'Carried forward',
};

export const RAG_TEXT: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** Today in the browser's time zone (YYYY-MM-DD). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Datalist ids for the partner directory: its agencies, and one agency's officers. */
export const PARTNER_AGENCY_LIST = 'partner-agencies';
/** Datalist id of the agencies offered as a target's lead (see `leadAgencyChoices`). */
export const LEAD_AGENCY_LIST = 'lead-agencies';
export function officerListId(partners: readonly Partner[], agency: string): string | undefined {
  const index = partners.findIndex((p) => p.agency === agency.trim());
  return index < 0 ? undefined : `partner-officers-${index}`;
}
