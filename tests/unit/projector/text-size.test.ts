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

/** Every font size set in pixels (CSS, echarts options, SVG attributes) under 12, by file:line. */
function smallFontSizes(): string[] {
  const setting = /font-?size(?:"|')?\s*[:=]\s*["']?(\d+(?:\.\d+)?)(px)?\b/gi;
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const match of line.matchAll(setting)) {
          const [, size, unit] = match;
          // Points are for print (the A4 pack); only screen pixels are checked here.
          if (/pt\b/.test(line.slice(match.index)) && !unit) continue;
          if (Number(size) < 12)
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
