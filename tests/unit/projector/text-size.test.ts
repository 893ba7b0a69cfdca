import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-data';

const SRC = join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** A size in CSS pixels; null for sizes relative to their parent (em, %) or for print (pt). */
function pixels(size: number, unit: string): number | null {
  if (unit === '' || unit === 'px') return size;
  if (unit === 'rem') return size * 16;
  return null;
}

/** Every font size set in the app (CSS, echarts options, SVG attributes) under 12 px, by file:line. */
function smallFontSizes(): string[] {
  const setting = /font-?size["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?)(px|rem|em|pt|%)?/gi;
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [, size, unit] of line.matchAll(setting)) {
          const px = pixels(Number(size), unit ?? '');
          if (px !== null && px < 12)
            found.push(`${relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`);
        }
      });
  }
  return found;
}

describe('text read at a projector', () => {
  it('no font size in the app’s styles, chart options or drawn SVG is under 12 px', () => {
    expect(smallFontSizes()).toEqual([]);
  });
});
