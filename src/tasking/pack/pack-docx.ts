import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { monthLabel } from '../../analytics/months';
import { categoryById } from '../../sql/taxonomy';
import type { Candidate } from '../candidate';
import type { PackMap } from './pack-map';
import { packMapAltText } from './pack-map-alt';
import { packMapPng } from './pack-map-png';
import type { AgendaItem, Pack } from './pack-model';
import type { PackTarget } from './pack-targets';
import { decisionPrompt } from './pack-targets';
import { decisionsHeading, escalationLine, noteLines, targetDecisionLines } from './review-text';
import {
  ASSESSMENT_COLUMNS,
  assessmentRows,
  beforeAfterPeriodText,
  candidateEvidenceText,
  monthlyText,
  TARGET_TABLE_COLUMNS,
  targetTableRows,
  wdqText,
  zoneText,
} from './pack-text';
import type { AssessmentCategory } from './tactical-assessment';

type Block = Paragraph | Table;

/**
 * The pack as a Word document (.docx bytes): the marking in every page's header and footer, each
 * agenda item as a level-1 heading, each target as a level-2 heading, the hotspot map as a PNG
 * (our rasteriser, the same picture in Node and browsers) with alt text and a caption, and the
 * target table.
 */
export async function packDocx(pack: Pack): Promise<Uint8Array> {
  const marking = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: pack.marking, bold: true, color: 'B00020' })],
    });
  const document = new Document({
    title: `${pack.marking}: ${pack.title}`,
    creator: 'CSP hotspots',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1021, right: 1021, header: 454, footer: 454 },
          },
        },
        headers: { default: new Header({ children: [marking()] }) },
        footers: {
          default: new Footer({
            children: [
              marking(),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: pack.title }),
          text(
            `Meeting: ${pack.meetingDate ?? `${monthLabel(pack.meetingMonth)} (date to be confirmed)`}. ` +
              `Pack generated ${pack.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`,
          ),
          new Paragraph({
            children: [
              new TextRun({ text: `${pack.marking}. `, bold: true }),
              new TextRun(pack.informationSharing),
            ],
          }),
          text(pack.dataNote),
          ...pack.agenda.flatMap(item),
          heading('Target locations: summary table', HeadingLevel.HEADING_1),
          targetTable(pack.targets),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function item(entry: AgendaItem): Block[] {
  return [heading(`${entry.number}. ${entry.title}`, HeadingLevel.HEADING_1), ...body(entry)];
}

function body(entry: AgendaItem): Block[] {
  switch (entry.kind) {
    case 'header':
      return [
        table(
          ['Agency', 'Name', 'Present / apologies'],
          entry.attendance.map((a) => [a.agency, a.name, a.present]),
        ),
      ];
    case 'action-log':
      return [
        text(entry.note),
        table([...entry.columns], entry.rows),
        ...(entry.decisions
          ? [
              heading(decisionsHeading(entry.decisions), HeadingLevel.HEADING_2),
              ...bullets(targetDecisionLines(entry.decisions), 'No decisions on targets.'),
              ...bullets(noteLines(entry.decisions), ''),
            ]
          : []),
        heading('Escalations awaiting the board’s reply', HeadingLevel.HEADING_2),
        ...bullets(entry.awaitingReply.map(escalationLine), 'None.'),
      ];
    case 'tactical-assessment':
      return [
        assessmentTable(entry.assessment.categories),
        heading('Emerging issues', HeadingLevel.HEADING_2),
        ...bullets(entry.emerging, 'No significant rises or exceedance signals this month.'),
        heading('Hotspot map', HeadingLevel.HEADING_2),
        ...mapFigure(entry.map),
      ];
    case 'existing-targets':
      return entry.targets.length === 0
        ? [text('No existing target locations.')]
        : entry.targets.flatMap(target);
    case 'nominations':
      return [
        heading('Nominations', HeadingLevel.HEADING_2),
        ...(entry.nominations.length === 0
          ? [text('No nominations.')]
          : entry.nominations.flatMap(target)),
        heading('Further candidates from the analysis', HeadingLevel.HEADING_2),
        ...(entry.candidates.length === 0
          ? [text('None beyond the nominations.')]
          : entry.candidates.flatMap(candidate)),
        ...(entry.note ? [text(entry.note)] : []),
        text('Partner nominations: name the place, the problem and the proposed lead agency.'),
      ];
    case 'victims':
      return [
        text('Counts only. Named cases are discussed in the restricted part of the meeting.'),
        table(
          ['Measure', 'Count', 'Note'],
          entry.rows.map((r) => [r.measure, r.count === null ? '–' : String(r.count), r.note]),
        ),
      ];
    case 'cohesion':
      return [
        entry.categories.length === 0
          ? text('No hate crime, hate incident or cohesion records in the loaded data.')
          : assessmentTable(entry.categories),
        ...(entry.notHeld.length > 0
          ? [text(`Not held in the loaded data: ${entry.notHeld.map(label).join(', ')}.`)]
          : []),
        heading('Upcoming events and seasonal risks', HeadingLevel.HEADING_2),
        ...bullets(entry.seasonalRisks, 'None noted for next month; partners to add events.'),
      ];
    case 'powers':
      return [
        table(
          ['Power', 'In force', 'New this month', 'Notes'],
          entry.powers.map((p) => [p, '', '', '']),
        ),
      ];
    case 'close':
      return [
        heading('Escalations to the CSP board', HeadingLevel.HEADING_2),
        ...bullets(
          entry.escalations.map((t) => `${t.id} ${t.name}`),
          'No targets escalated.',
        ),
        ...(entry.awaitingReply.length > 0
          ? [
              text('Awaiting the board’s reply:'),
              ...bullets(entry.awaitingReply.map(escalationLine), ''),
            ]
          : []),
        heading('Any other business', HeadingLevel.HEADING_2),
        text(''),
        heading('Next meeting', HeadingLevel.HEADING_2),
        text(
          `${entry.nextMeeting.date ?? monthLabel(entry.nextMeeting.month)}: ${entry.nextMeeting.rule}.`,
        ),
      ];
  }
}

/** Width of the map on the page, in Word's 96-to-the-inch pixels (the A4 text width is 657). */
const MAP_PAGE_WIDTH = 640;
/** Tallest the map may be on the page, so it keeps its heading and caption on one page. */
const MAP_PAGE_HEIGHT = 760;

/** The hotspot map as an inline PNG with its alt text, then its caption. */
function mapFigure(map: PackMap): Paragraph[] {
  const picture = packMapPng(map);
  if (!picture) return [text(`${map.caption} No geometry to draw for this month.`)];
  const fit = Math.min(MAP_PAGE_WIDTH / picture.width, MAP_PAGE_HEIGHT / picture.height);
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: {
            width: Math.round(picture.width * fit),
            height: Math.round(picture.height * fit),
          },
          altText: { name: 'Hotspot map', title: 'Hotspot map', description: packMapAltText(map) },
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Map. ', bold: true, italics: true }),
        new TextRun({ text: map.caption, italics: true }),
      ],
      spacing: { after: 120 },
    }),
  ];
}

function assessmentTable(categories: readonly AssessmentCategory[]): Table {
  return table(ASSESSMENT_COLUMNS, assessmentRows(categories));
}

function target(t: PackTarget): Block[] {
  const b = t.beforeAfter;
  return [
    heading(`${t.id}: ${t.name}`, HeadingLevel.HEADING_2),
    text(
      `Status: ${t.status} · Lead agency: ${t.leadAgency ?? 'to be agreed'} · Nominated: ` +
        `${monthLabel(t.nominatedMonth)} · Tasked: ${t.taskedMonth ? monthLabel(t.taskedMonth) : 'not yet'}` +
        (t.closure
          ? ` · Closed: ${t.closure.reason} (monitored until ${monthLabel(t.closure.monitorUntil)})`
          : ''),
    ),
    ...(t.evidence ? [text(`This month: ${t.evidence.sentence}`), ...evidence(t.evidence)] : []),
    text('Problem statement (SARA)', true),
    table(
      ['Scanning', 'Analysis', 'Response', 'Assessment'],
      [[t.problem.scanning, t.problem.analysis, t.problem.response, t.problem.assessment]],
    ),
    ...(b
      ? [
          text('Before and after tasking', true),
          text(beforeAfterPeriodText(b)),
          table(
            ['Zone', 'Before → after, rate ratio per month'],
            [
              ['Target', zoneText(b.target)],
              [`Buffer ring (${b.buffer.widthMetres} m)`, zoneText(b.buffer)],
              ['Rest of the study area (control)', zoneText(b.control)],
              ['Weighted Displacement Quotient', wdqText(b.wdq)],
            ],
          ),
          text(`Monthly in the target: ${monthlyText(b.monthly)}`),
          ...bullets(b.caveats, ''),
        ]
      : [text('No before/after record: not yet tasked.')]),
    ...(t.history.length === 0
      ? []
      : [
          text('History', true),
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
        ]),
    text(`Decision: ${decisionPrompt(t)}`),
  ];
}

function evidence(c: Candidate): Paragraph[] {
  return [text(candidateEvidenceText(c, label)), text(`Monthly: ${monthlyText(c.monthly)}`)];
}

function candidate(c: Candidate): Block[] {
  return [
    heading(`Candidate ${c.rank}: ${c.name}`, HeadingLevel.HEADING_3),
    text(c.sentence),
    ...evidence(c),
  ];
}

function targetTable(targets: readonly PackTarget[]): Table {
  return table(TARGET_TABLE_COLUMNS, targetTableRows(targets));
}

function label(id: string): string {
  return categoryById(id)?.label ?? id;
}

function heading(content: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) {
  return new Paragraph({ heading: level, text: content, keepNext: true });
}

function text(content: string, bold = false): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: content, bold })],
    spacing: { after: 80 },
  });
}

function bullets(items: readonly string[], empty: string): Paragraph[] {
  if (items.length === 0) return empty ? [text(empty)] : [];
  return items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
}

/** A full-width table with a repeated header row; line breaks in a cell become paragraphs. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (content: string, bold = false) =>
    new TableCell({
      children: content.split('\n').map((line) => text(line, bold)),
    });
  const bodyRows =
    rows.length === 0
      ? [
          new TableRow({
            children: [new TableCell({ columnSpan: head.length, children: [text('None')] })],
          }),
        ]
      : rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...bodyRows,
    ],
  });
}
