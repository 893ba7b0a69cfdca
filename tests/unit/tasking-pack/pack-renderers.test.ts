import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../src/tasking/pack/pack-docx';
import { packHtml } from '../../../src/tasking/pack/pack-html';
import { packMapSvg } from '../../../src/tasking/pack/pack-map-svg';
import { buildPack } from '../../../src/tasking/pack/pack-model';
import { targetsCsv } from '../../../src/tasking/pack/targets-csv';
import { targetsGeoJson } from '../../../src/tasking/pack/targets-geojson';
import { packInputs, state, target } from './pack-fixture';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostilePack() {
  const targets = [
    target('T-001', {
      name: `=HYPERLINK("http://evil","x") ${HOSTILE}`,
      leadAgency: '@SUM(A1)',
      problem: { scanning: HOSTILE, analysis: '"quoted", comma', response: '+1', assessment: '-x' },
    }),
    target('T-002', { status: 'nominated', taskedMonth: null }),
  ];
  return buildPack(packInputs({ state: state(targets) }));
}

describe('the HTML pack', () => {
  const html = packHtml(hostilePack());

  it('is a whole document with no scripts, and data text never becomes markup', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<[^>]*\s(src|href|on\w+)=/i);
  });

  it('prints the marking fixed at the top and bottom of every page of A4', () => {
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toMatch(/@media print \{[^]*position: fixed/);
    expect(html.match(/class="marking marking-(top|bottom)">OFFICIAL-SENSITIVE/g)).toHaveLength(2);
  });

  it('has every agenda item as a heading, in order, and the map drawn inline as SVG', () => {
    const headings = [...html.matchAll(/<h2>(\d)\. /g)].map((m) => Number(m[1]));
    expect(headings).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });
});

describe('the .docx pack', () => {
  it('holds the marking in header and footer, every agenda heading and the target table', async () => {
    const pack = hostilePack();
    const files = unzipSync(await packDocx(pack));
    const names = Object.keys(files);
    const text = (name: string) => strFromU8(files[name]!);
    const headers = names.filter((n) => /^word\/header\d*\.xml$/.test(n));
    const footers = names.filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const name of [...headers, ...footers]) expect(text(name)).toContain('OFFICIAL-SENSITIVE');

    const document = text('word/document.xml');
    const plain = document.replace(/<[^>]+>/g, '');
    for (const item of pack.agenda) expect(plain).toContain(`${item.number}. ${item.title}`);
    // The target table: header row then one row per target, id first.
    const tables = document.split('<w:tbl>');
    const summary = tables.at(-1)!;
    const rows = summary
      .split('<w:tr>')
      .slice(1)
      .map((r) => r.replace(/<[^>]+>/g, '|'));
    expect(rows[0]).toMatch(/ID\|[^]*Name\|[^]*WDQ/);
    expect(rows.slice(1).map((r) => r.match(/T-\d{3}/)?.[0])).toEqual(['T-001', 'T-002']);
    expect(document).not.toContain('<script>');
    expect(plain).toContain('&lt;script&gt;');
  });
});

describe('targets.csv', () => {
  it('starts with an id column and is safe against formula injection', () => {
    const csv = targetsCsv(hostilePack().targets);
    const [header, first] = csv.split('\r\n');
    expect(header?.startsWith('id,name,status,lead_agency')).toBe(true);
    expect(header).toContain('centroid_easting,centroid_northing');
    expect(first?.startsWith('T-001,"\'=HYPERLINK(""http://evil"",""x"")')).toBe(true);
    expect(first).toContain(",'@SUM(A1),");
    expect(first).toContain(',450100,380100,'); // the centroid, BNG metres
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('targets.geojson', () => {
  it('has WGS84 geometry and the BNG geometry with every target field as properties', () => {
    const pack = hostilePack();
    const geojson = targetsGeoJson(pack.targets);
    expect(geojson.features).toHaveLength(2);
    for (const feature of geojson.features) {
      for (const [lon, lat] of feature.geometry.coordinates.flat(2) as [number, number][]) {
        expect(lon).toBeGreaterThan(-1.3);
        expect(lon).toBeLessThan(-1.1);
        expect(lat).toBeGreaterThan(53.2);
        expect(lat).toBeLessThan(53.4);
      }
    }
    const props = geojson.features[0]!.properties!;
    expect(props).toMatchObject({
      id: 'T-001',
      status: 'active',
      leadAgency: '@SUM(A1)',
      taskedMonth: '2025-07',
      crsBng: 'EPSG:27700',
      centroidBng: [450100, 380100],
    });
    expect(props.geometryBng).toEqual(pack.targets[0]!.geometry);
    expect(props.beforeAfter.wdq).toBe(0.12);
    expect(props.problem.scanning).toContain('<script>');
  });
});

describe('the SVG map', () => {
  it('draws hot cells and targets labelled by id from geometry alone, text escaped', () => {
    const svg = packMapSvg({
      caption: 'c',
      cellSize: 250,
      cells: [{ ix: 1800, iy: 1520, count: 9, class: 'hot-99' }],
      boundaries: [],
      targets: [
        {
          id: '<b>T-001</b>',
          geometry: [
            [
              [
                [450000, 380000],
                [450200, 380000],
                [450200, 380200],
                [450000, 380000],
              ],
            ],
          ],
        },
      ],
      candidates: [],
    });
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('&lt;b&gt;T-001&lt;/b&gt;');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(svg.match(/<rect /g)?.length).toBe(2); // background + one hot cell
  });
});
