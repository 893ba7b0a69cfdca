import { escapeMarkup as esc } from '../pack/markup';
import type { Minutes, MinutesItem } from './minutes-model';
import {
  ATTENDANCE_HEADINGS,
  attendeeText,
  meetingLine,
  nextMeetingText,
  NOTHING_RECORDED,
  statusLine,
  targetHeading,
} from './minutes-text';

/**
 * Print CSS for A4, as the pack: the marking is fixed at the top and bottom of every printed
 * page, and the minutes sit in one table whose repeated header and footer rows keep that space
 * free on every page.
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
  border-bottom: 2px solid #333; break-after: avoid; } h3 { font-size: 12pt; margin: 3mm 0 1mm;
  break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; }
table.data th, table.data td { border: 1px solid #999; padding: 1mm 1.5mm; text-align: left;
  vertical-align: top; } table.data th { background: #eee; }
table.data tr { break-inside: avoid; } table.data td.unbroken { white-space: nowrap; }
.note { color: #444; font-size: 9.5pt; } .notice { border: 1px solid #b00020; padding: 2mm; }
#action-log table.data { font-size: 8.5pt; }
#action-log table.data th:nth-child(2) { width: 26%; } #action-log table.data th:nth-child(3) { width: 15%; }
#action-log table.data th:nth-child(10) { width: 14%; }
.target { break-inside: avoid; border-left: 3px solid #2166ac; padding-left: 3mm; margin: 2mm 0; }
@page { size: A4; margin: 10mm 12mm; }
@media print {
  body { font-size: 10pt; } main { max-width: none; padding: 0; }
  .marking { position: fixed; left: 0; right: 0; height: 9mm; }
  .marking-top { top: 0; } .marking-bottom { bottom: 0; }
  .page-frame > thead > tr > td, .page-frame > tfoot > tr > td { height: 12mm; }
}
`;

/** The minutes as one self-contained printable HTML document (no scripts, no external resources). */
export function minutesHtml(minutes: Minutes): string {
  const marking = esc(minutes.marking);
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    `<title>${marking}: ${esc(minutes.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<div class="marking marking-top">${marking}</div>`,
    '<table class="page-frame"><thead><tr><td></td></tr></thead>',
    '<tfoot><tr><td></td></tr></tfoot><tbody><tr><td><main>',
    `<h1>${esc(minutes.title)}</h1>`,
    `<p>${esc(meetingLine(minutes))}</p>`,
    `<p class="note">${esc(statusLine(minutes))}</p>`,
    minutes.restrictedNotice ? `<p class="notice">${esc(minutes.restrictedNotice)}</p>` : '',
    '<section id="attendance"><h2>Attendance</h2>',
    ...(['present', 'apologies', 'absent'] as const).map(
      (key) =>
        `<h3>${ATTENDANCE_HEADINGS[key]}</h3>` +
        list(minutes.attendance[key].map(attendeeText), 'None recorded.'),
    ),
    '</section>',
    ...minutes.items.map(itemHtml),
    '<section id="action-log"><h2>Action log after the meeting</h2>',
    `<p class="note">Statuses as on ${esc(minutes.actionLog.day)}.</p>`,
    table(minutes.actionLog.columns, minutes.actionLog.rows),
    '</section>',
    `<section id="next-meeting"><h2>Next meeting</h2><p>${esc(nextMeetingText(minutes))}</p></section>`,
    '</main></td></tr></tbody></table>',
    `<div class="marking marking-bottom">${marking}</div>`,
    '</body></html>',
  ].join('\n');
}

function itemHtml(item: MinutesItem): string {
  const targets = item.targets.map(
    (t) =>
      `<div class="target" id="target-${esc(t.id)}"><h3>${esc(targetHeading(t))}</h3>` +
      list([...t.decisions, ...t.actions], NOTHING_RECORDED) +
      '</div>',
  );
  const empty = item.targets.length === 0 && item.lines.length === 0;
  return [
    `<section class="item" id="item-${item.number}"><h2>${item.number}. ${esc(item.title)}</h2>`,
    ...targets,
    empty ? `<p class="note">${NOTHING_RECORDED}</p>` : list(item.lines, ''),
    '</section>',
  ].join('\n');
}

function list(items: readonly string[], empty: string): string {
  if (items.length === 0) return empty ? `<p>${esc(empty)}</p>` : '';
  return `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const body =
    rows.length === 0
      ? `<tr><td colspan="${head.length}" class="note">None</td></tr>`
      : rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
  return `<table class="data"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A reference (A-001, T-002) or a date never breaks at its hyphens in a narrow column. */
const UNBROKEN = /^([A-Z]-\d+|\d{4}-\d{2}(-\d{2})?)$/;

function cell(text: string): string {
  return UNBROKEN.test(text) ? `<td class="unbroken">${esc(text)}</td>` : `<td>${esc(text)}</td>`;
}
