import { categoryById } from '../../sql/taxonomy';
import type { ExploreFilter } from '../filters/explore-filter';

/** What a link asks for beyond the filters: a reporting month, a boundary layer and an area. */
export interface LinkedChoices {
  /** Reporting month of the Trends or Board view; null = the latest. */
  reportingMonth: string | null;
  /** Named boundary layer; null = the first loaded. */
  layer: string | null;
  /** Code of an area chosen in that layer. */
  areaCode: string | null;
}

/** What is loaded, as far as a link can ask for it. */
export interface LoadedData {
  /** Months with data, in order. */
  months: readonly string[];
  /** Category ids with incidents (sub-categories and their parents). */
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  districts: ReadonlySet<string>;
  /** Boundary layers by name, with the codes of their areas. */
  layers: ReadonlyMap<string, ReadonlySet<string>>;
}

const quoted = (values: readonly string[]) =>
  values.map((v) => `‘${v}’`).join(values.length === 2 ? ' and ' : ', ');

const plural = (values: readonly string[], one: string, many: string) =>
  values.length === 1 ? one : many;

function monthSentences(
  filter: ExploreFilter,
  reportingMonth: string | null,
  months: readonly string[],
): string[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const outside = (m: string | null) => m !== null && (m < first || m > last);
  const covers = `but the data loaded covers ${first} to ${last}.`;
  const { fromMonth: from, toMonth: to } = filter;
  const sentences: string[] = [];
  if (outside(from) || outside(to)) {
    const asked = `${from ?? 'the first month'} to ${to ?? 'the last month'}`;
    sentences.push(`This link asks for ${asked}, ${covers}`);
  }
  if (outside(reportingMonth)) {
    sentences.push(`This link asks for the reporting month ${reportingMonth}, ${covers}`);
  }
  return sentences;
}

function filterSentences(filter: ExploreFilter, loaded: LoadedData): string[] {
  const sentences: string[] = [];
  const categories = filter.categories.filter((id) => !loaded.categories.has(id));
  if (categories.length > 0) {
    const labels = categories.map((id) => categoryById(id)?.label ?? id);
    const which = plural(categories, 'the category', 'the categories');
    sentences.push(
      `This link asks for ${which} ${quoted(labels)}, which the data loaded does not have.`,
    );
  }
  const sources = filter.sources.filter((s) => !loaded.sources.has(s));
  if (sources.length > 0) {
    const which = plural(sources, 'the source', 'the sources');
    const verb = plural(sources, 'is', 'are');
    sentences.push(`This link asks for ${which} ${quoted(sources)}, which ${verb} not loaded.`);
  }
  const counting = Object.entries(filter.countFrom).filter(([, s]) => !loaded.sources.has(s));
  for (const [category, source] of counting) {
    const label = categoryById(category)?.label ?? category;
    sentences.push(
      `This link counts ${label} from ‘${source}’, which is not loaded: the default source counts it.`,
    );
  }
  if (filter.district !== null && !loaded.districts.has(filter.district)) {
    sentences.push(
      `This link asks for the area ‘${filter.district}’, which the data loaded does not have.`,
    );
  }
  return sentences;
}

function areaSentences(linked: LinkedChoices, layers: LoadedData['layers']): string[] {
  const name = linked.layer ?? [...layers.keys()][0] ?? null;
  const codes = name === null ? undefined : layers.get(name);
  if (linked.layer !== null && !codes) {
    const area = linked.areaCode ? `area ‘${linked.areaCode}’ in ` : '';
    return [`This link asks for ${area}the boundary layer ‘${linked.layer}’, which is not loaded.`];
  }
  if (linked.areaCode === null || codes?.has(linked.areaCode)) return [];
  return name === null
    ? [`This link asks for area ‘${linked.areaCode}’, but no boundary layer is loaded.`]
    : [
        `This link asks for area ‘${linked.areaCode}’ in ‘${name}’, which that layer does not have.`,
      ];
}

/**
 * Plain sentences for each thing a link asks for that the loaded data does not have: months
 * (of the filter or the reporting month) outside the data, categories, sources and areas with no
 * incidents, boundary layers and areas not loaded. Empty when everything asked for is here.
 */
export function missingFromData(
  filter: ExploreFilter,
  linked: LinkedChoices,
  loaded: LoadedData,
): string[] {
  return [
    ...monthSentences(filter, linked.reportingMonth, loaded.months),
    ...filterSentences(filter, loaded),
    ...areaSentences(linked, loaded.layers),
  ];
}
