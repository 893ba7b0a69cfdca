import { monthLabel } from '../../analytics/months';
import { categoryById } from '../../sql/taxonomy';
import type { Candidate } from '../candidate';
import { escapeMarkup as esc } from './markup';
import { focusBox, packMapSvg } from './pack-map-svg';
import type { PackMap } from './pack-map';
import type { AgendaItem, Pack } from './pack-model';
import type { PackTarget } from './pack-targets';
import { decisionPrompt } from './pack-targets';
import { decisionsHeading, escalationLine, noteLines, targetDecisionLines } from './review-text';
import {
  ASSESSMENT_COLUMNS,
  assessmentRows,
  beforeAfterPeriodText,
  candidateEvidenceText,
  countText,
  monthlyText,
  TARGET_TABLE_COLUMNS,
  targetTableRows,
  wdqText,
  zoneText,
} from './pack-text';
import type { AssessmentCategory } from './tactical-assessment';

/**
 * Print CSS for A4: the marking is fixed at the top and bottom of every printed page, and the
 * whole pack sits in one table whose repeated header and footer rows keep that space free on
 * every page, so no text runs under the marking.
 */
const STYLE = `
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.08em; color: #b00020;
  background: #fff; padding: 2mm 0; border: 0 solid #b00020; }
.marking-top { border-bottom-width: 1px; } .marking-bottom { border-top-width: 1px; }
.page-frame { width: 100%; border-collapse: collapse; }
.page-frame > thead > tr > td, .page-frame > tfoot > tr > td { height: 0; padding: 0; }
h1 { font-size: 18pt; margin: 4mm 0 2mm; } h2 { font-size: 14pt; margin: 6mm 0 2mm;
  border-bottom: 2px solid #333; break-after: avoid; } h3 { font-size: 12pt; margin: 4mm 0 1mm;
  break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; }
table.data th, table.data td { border: 1px solid #999; padding: 1mm 1.5mm; text-align: left;
  vertical-align: top; } table.data th { background: #eee; }
table.data tr { break-inside: avoid; }
.note { color: #444; font-size: 9.5pt; } .reminder { border: 1px solid #b00020; padding: 2mm;
  margin: 2mm 0; } .target { break-inside: avoid-page; border-left: 3px solid #2166ac;
  padding-left: 3mm; margin: 3mm 0; } .sentence { font-style: italic; }
.map svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
.map-block { break-inside: avoid; }
.map.small { float: right; margin: 0 0 2mm 4mm; } .map.small svg { width: 55mm; }
.target::after { content: ''; display: block; clear: both; }
.target table.data { clear: both; }
.blank { height: 8mm; }
@page { size: A4; margin: 10mm 12mm; }
@media print {
  body { font-size: 10pt; } main { max-width: none; padding: 0; }
  .marking { position: fixed; left: 0; right: 0; height: 9mm; }
  .marking-top { top: 0; } .marking-bottom { bottom: 0; }
  .page-frame > thead > tr > td, .page-frame > tfoot > tr > td { height: 12mm; }
  section.item { break-before: auto; }
}
`;

/** The pack as one self-contained HTML document (no scripts, no external resources). */
export function packHtml(pack: Pack): string {
  const marking = esc(pack.marking);
  const assessment = pack.agenda.find((i) => i.kind === 'tactical-assessment');
  const map = assessment?.kind === 'tactical-assessment' ? assessment.map : null;
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    `<title>${marking}: ${esc(pack.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<div class="marking marking-top">${marking}</div>`,
    '<table class="page-frame"><thead><tr><td></td></tr></thead>',
    '<tfoot><tr><td></td></tr></tfoot><tbody><tr><td><main>',
    `<h1>${esc(pack.title)}</h1>`,
    `<p>Meeting: ${esc(pack.meetingDate ?? `${monthLabel(pack.meetingMonth)} (date to be confirmed)`)}. ` +
      `Pack generated ${esc(pack.generatedAt.slice(0, 16).replace('T', ' '))} UTC.</p>`,
    `<p class="reminder"><strong>${marking}.</strong> ${esc(pack.informationSharing)}</p>`,
    `<p class="note">${esc(pack.dataNote)}</p>`,
    ...pack.agenda.map((item) => itemHtml(item, map)),
    targetTableHtml(pack.targets),
    '</main></td></tr></tbody></table>',
    `<div class="marking marking-bottom">${marking}</div>`,
    '</body></html>',
  ].join('\n');
}

function itemHtml(item: AgendaItem, map: PackMap | null): string {
  const heading = `<h2>${item.number}. ${esc(item.title)}</h2>`;
  return `<section class="item" id="item-${item.number}">${heading}\n${itemBody(item, map)}</section>`;
}

function itemBody(item: AgendaItem, map: PackMap | null): string {
  switch (item.kind) {
    case 'header':
      return table(
        ['Agency', 'Name', 'Present / apologies'],
        item.attendance.map((a) => [a.agency, a.name, a.present]),
      );
    case 'action-log':
      return [
        `<p class="note">${esc(item.note)}</p>`,
        table([...item.columns], item.rows),
        item.decisions
          ? `<h3>${esc(decisionsHeading(item.decisions))}</h3>` +
            list(targetDecisionLines(item.decisions), 'No decisions on targets.') +
            list(noteLines(item.decisions), '')
          : '',
        '<h3>Escalations awaiting the board’s reply</h3>',
        list(item.awaitingReply.map(escalationLine), 'None.'),
      ].join('\n');
    case 'tactical-assessment':
      return [
        assessmentTable(item.assessment.categories),
        missingNote(item.assessment.missingMonths),
        '<h3>Emerging issues</h3>',
        list(item.emerging, 'No significant rises or exceedance signals this month.'),
        '<div class="map-block"><h3>Hotspot map</h3>',
        `<p class="note">${esc(item.map.caption)}</p>`,
        `<div class="map">${packMapSvg(item.map)}</div></div>`,
      ].join('\n');
    case 'existing-targets':
      return item.targets.length === 0
        ? '<p>No existing target locations.</p>'
        : item.targets.map((t) => targetHtml(t, map)).join('\n');
    case 'nominations':
      return [
        '<h3>Nominations</h3>',
        item.nominations.length === 0
          ? '<p>No nominations.</p>'
          : item.nominations.map((t) => targetHtml(t, map)).join('\n'),
        '<h3>Further candidates from the analysis</h3>',
        item.candidates.length === 0
          ? '<p>None beyond the nominations.</p>'
          : item.candidates.map(candidateHtml).join('\n'),
        item.note ? `<p class="note" id="candidates-left-out">${esc(item.note)}</p>` : '',
        '<p class="note">Partner nominations: name the place, the problem and the proposed lead agency.</p>',
        '<div class="blank"></div>',
      ].join('\n');
    case 'victims':
      return (
        '<p class="note">Counts only. Named cases are discussed in the restricted part of the meeting.</p>' +
        table(
          ['Measure', 'Count', 'Note'],
          item.rows.map((r) => [r.measure, r.count === null ? '–' : String(r.count), r.note]),
        )
      );
    case 'cohesion':
      return [
        item.categories.length === 0
          ? '<p>No hate crime, hate incident or cohesion records in the loaded data.</p>'
          : assessmentTable(item.categories),
        item.notHeld.length > 0
          ? `<p class="note">Not held in the loaded data: ${esc(item.notHeld.map(label).join(', '))}.</p>`
          : '',
        '<h3>Upcoming events and seasonal risks</h3>',
        list(item.seasonalRisks, 'None noted for next month; partners to add events.'),
      ].join('\n');
    case 'powers':
      return table(
        ['Power', 'In force', 'New this month', 'Notes'],
        item.powers.map((p) => [p, '', '', '']),
      );
    case 'close':
      return [
        '<h3>Escalations to the CSP board</h3>',
        list(
          item.escalations.map((t) => `${t.id} ${t.name}`),
          'No targets escalated.',
        ),
        item.awaitingReply.length > 0
          ? `<p>Awaiting the board’s reply:</p>${list(item.awaitingReply.map(escalationLine), '')}`
          : '',
        '<h3>Any other business</h3><div class="blank"></div>',
        '<h3>Next meeting</h3>',
        `<p>${esc(item.nextMeeting.date ?? monthLabel(item.nextMeeting.month))}: ${esc(item.nextMeeting.rule)}.</p>`,
      ].join('\n');
  }
}

function assessmentTable(categories: readonly AssessmentCategory[]): string {
  return table(ASSESSMENT_COLUMNS, assessmentRows(categories));
}

function targetHtml(t: PackTarget, map: PackMap | null): string {
  const focus = focusBox(t.geometry, 400);
  const facts: [string, string][] = [
    ['Status', t.status],
    ['Lead agency', t.leadAgency ?? 'to be agreed'],
    ['Nominated', monthLabel(t.nominatedMonth)],
    ['Tasked', t.taskedMonth ? monthLabel(t.taskedMonth) : 'not yet'],
  ];
  if (t.closure)
    facts.push([
      'Closed',
      `${t.closure.reason} (monitored until ${monthLabel(t.closure.monitorUntil)})`,
    ]);
  const sara = table(
    ['Scanning', 'Analysis', 'Response', 'Assessment'],
    [[t.problem.scanning, t.problem.analysis, t.problem.response, t.problem.assessment]],
  );
  return [
    `<div class="target" id="target-${esc(t.id)}"><h3>${esc(t.id)}: ${esc(t.name)}</h3>`,
    `<p>${facts.map(([k, v]) => `<strong>${esc(k)}:</strong> ${esc(v)}`).join(' · ')}</p>`,
    t.evidence ? `<p class="sentence">This month: ${esc(t.evidence.sentence)}</p>` : '',
    t.evidence ? evidenceHtml(t.evidence) : '',
    map && focus
      ? `<div class="map small">${packMapSvg(map, { width: 300, focus, title: `${t.id} and 400 m around it` })}</div>`
      : '',
    '<p><strong>Problem statement (SARA)</strong></p>',
    sara,
    beforeAfterHtml(t),
    t.history.length === 0
      ? ''
      : '<p><strong>History</strong></p>' +
        table(
          ['Date', 'By', 'Month', 'Change', 'Status', 'Note'],
          t.history.map((e) => [
            e.at.slice(0, 10),
            e.by,
            e.month,
            e.change,
            `${e.from ?? '–'} → ${e.to}`,
            e.note,
          ]),
        ),
    `<p><strong>Decision:</strong> ${esc(decisionPrompt(t))}</p>`,
    '</div>',
  ].join('\n');
}

function beforeAfterHtml(t: PackTarget): string {
  const b = t.beforeAfter;
  if (!b) return '<p class="note">No before/after record: not yet tasked.</p>';
  return [
    '<p><strong>Before and after tasking</strong></p>',
    `<p class="note">${esc(beforeAfterPeriodText(b))}</p>`,
    table(
      ['Zone', 'Before → after, rate ratio per month'],
      [
        ['Target', zoneText(b.target)],
        [`Buffer ring (${b.buffer.widthMetres} m)`, zoneText(b.buffer)],
        ['Rest of the study area (control)', zoneText(b.control)],
        ['Weighted Displacement Quotient', wdqText(b.wdq)],
      ],
    ),
    `<p class="note">Monthly in the target: ${esc(monthlyText(b.monthly))}</p>`,
    list(b.caveats, ''),
  ].join('\n');
}

function evidenceHtml(c: Candidate): string {
  return (
    `<p class="note">${esc(candidateEvidenceText(c, label))}</p>` +
    `<p class="note">Monthly: ${esc(monthlyText(c.monthly))}</p>`
  );
}

function candidateHtml(c: Candidate): string {
  return (
    `<div class="target"><h3>Candidate ${c.rank}: ${esc(c.name)}</h3>` +
    `<p class="sentence">${esc(c.sentence)}</p>${evidenceHtml(c)}</div>`
  );
}

/** The target table: every target of the state, with its before/after in one line. */
function targetTableHtml(targets: readonly PackTarget[]): string {
  return (
    '<section class="item" id="target-table"><h2>Target locations: summary table</h2>' +
    (targets.length === 0
      ? '<p>No targets.</p>'
      : table(TARGET_TABLE_COLUMNS, targetTableRows(targets))) +
    '</section>'
  );
}

function missingNote(months: readonly string[]): string {
  if (months.length === 0) return '';
  return `<p class="note">Months with no data (shown as “${countText(null)}”, never counted as zero): ${esc(months.map(monthLabel).join(', '))}.</p>`;
}

function label(id: string): string {
  return categoryById(id)?.label ?? id;
}

function list(items: readonly string[], empty: string): string {
  if (items.length === 0) return empty ? `<p>${esc(empty)}</p>` : '';
  return `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

/** A table of text cells; a line break in a cell becomes <br>. Every cell is escaped. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => esc(text).replaceAll('\n', '<br>');
  const body =
    rows.length === 0
      ? `<tr><td colspan="${head.length}" class="note">None</td></tr>`
      : rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('');
  return `<table class="data"><thead><tr>${head.map((h) => `<th>${cell(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}
