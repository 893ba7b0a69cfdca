import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
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

type Block = Paragraph | Table;

/**
 * The minutes as a Word document (.docx bytes): the marking in every page's header and footer,
 * attendance, each agenda item as a level-1 heading with its targets as level-2 headings, and
 * the action log after the meeting on landscape pages. Runs in Node and browsers.
 */
export async function minutesDocx(minutes: Minutes): Promise<Uint8Array> {
  const marking = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: minutes.marking, bold: true, color: 'B00020' })],
    });
  const headers = { default: new Header({ children: [marking()] }) };
  const footers = {
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
  };
  const margin = { top: 1134, bottom: 1134, left: 1021, right: 1021, header: 454, footer: 454 };
  const document = new Document({
    title: `${minutes.marking}: ${minutes.title}`,
    creator: 'CSP hotspots',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin } },
        headers,
        footers,
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: minutes.title }),
          text(meetingLine(minutes)),
          text(statusLine(minutes)),
          ...(minutes.restrictedNotice ? [text(minutes.restrictedNotice, true)] : []),
          heading('Attendance', HeadingLevel.HEADING_1),
          ...(['present', 'apologies', 'absent'] as const).flatMap((key) => [
            heading(ATTENDANCE_HEADINGS[key], HeadingLevel.HEADING_2),
            ...bullets(minutes.attendance[key].map(attendeeText), 'None recorded.'),
          ]),
          ...minutes.items.flatMap(item),
          heading('Next meeting', HeadingLevel.HEADING_1),
          text(nextMeetingText(minutes)),
        ],
      },
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin,
          },
        },
        headers,
        footers,
        children: [
          heading('Action log after the meeting', HeadingLevel.HEADING_1),
          text(`Statuses as on ${minutes.actionLog.day}.`),
          table(minutes.actionLog.columns, minutes.actionLog.rows),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function item(entry: MinutesItem): Block[] {
  const empty = entry.targets.length === 0 && entry.lines.length === 0;
  return [
    heading(`${entry.number}. ${entry.title}`, HeadingLevel.HEADING_1),
    ...entry.targets.flatMap((t) => [
      heading(targetHeading(t), HeadingLevel.HEADING_2),
      ...bullets([...t.decisions, ...t.actions], NOTHING_RECORDED),
    ]),
    ...(empty ? [text(NOTHING_RECORDED)] : bullets(entry.lines, '')),
  ];
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

/** A full-width table with a repeated header row. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (content: string, bold = false) =>
    new TableCell({ children: [text(content, bold)] });
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
