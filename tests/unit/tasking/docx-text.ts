import { strFromU8, unzipSync } from 'fflate';

/** The paragraphs of a WordprocessingML part as plain text, one per line. */
export function partText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    )
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&'),
    )
    .join('\n');
}

/** A .docx read back: the body's text, and the text of every header and footer part. */
export function readDocx(bytes: Uint8Array): {
  body: string;
  headers: string[];
  footers: string[];
} {
  const files = unzipSync(bytes);
  const text = (name: string) => partText(strFromU8(files[name]!));
  const names = Object.keys(files);
  return {
    body: text('word/document.xml'),
    headers: names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(text),
    footers: names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(text),
  };
}
