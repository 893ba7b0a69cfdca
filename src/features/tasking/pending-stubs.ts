/**
 * TEMPORARY: stand-ins for the pack renderers being written in parallel (src/tasking/pack/), with
 * the names they were announced with. Each goes as soon as the real one is on main.
 */
import type { Candidate } from '../../tasking/candidate';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import type { MonthId, TaskingState } from '../../tasking/tasking-state';

// ---- src/tasking/pack/* --------------------------------------------------------------------

export interface PackInput {
  state: TaskingState;
  meetingMonth: MonthId;
  candidates: Candidate[];
  beforeAfter: TargetBeforeAfter[];
}

export function packHtml(input: PackInput): string {
  const rows = input.state.targets
    .map((t) => `<tr><td>${t.id}</td><td>${escapeText(t.name)}</td><td>${t.status}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tasking pack ${input.meetingMonth}</title><style>@page { @top-center { content: "OFFICIAL-SENSITIVE" } @bottom-center { content: "OFFICIAL-SENSITIVE" } }</style></head><body><h1>ASB Multi Agency Tasking: ${input.meetingMonth}</h1><table><caption>Targets</caption><tbody>${rows}</tbody></table></body></html>`;
}

export async function packDocx(_input: PackInput): Promise<Blob> {
  return new Blob(['stand-in'], { type: 'application/octet-stream' });
}

export function targetsCsv(state: TaskingState): string {
  return [
    'id,name,status',
    ...state.targets.map((t) => `${t.id},"${t.name.replaceAll('"', '""')}",${t.status}`),
  ].join('\r\n');
}

export function targetsGeoJson(state: TaskingState): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: state.targets.map((t) => ({
      type: 'Feature',
      properties: { id: t.id },
      geometry: null,
    })),
  });
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
