/**
 * Colours shared by every chart and the map. Categorical colours are Okabe & Ito's set ("Color
 * Universal Design", 2008), which stays apart for deuteranopia, protanopia and tritanopia;
 * tests/unit/palette/palette.test.ts simulates all three (Machado 2009) and asserts CIEDE2000 ≥ 10
 * between any two colours shown together. No chart colours more categories than the set holds:
 * the rest share OTHER_COLOR under "прочие", and bars whose labels already name them stay one colour.
 */
export const CATEGORY_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442'] as const;

/** "Прочие": every category beyond the coloured ones. */
export const OTHER_COLOR = '#BBBBBB';

/** One colour for bars whose label says what they are (countries, spheres): colour carries no meaning. */
export const BAR_COLOR = '#0072B2';

/** The home country's places (Smolensk oblast and the rest of Russia): neutral, named "Россия". */
const HOME_COLOR = '#FFFFFF';
export const HOME_COUNTRY = 'RU';

/** Region groups of partner countries, fixed so a group has one colour on every page. */
const REGION_COLORS: Record<string, string> = {
  belarus: '#D55E00',
  central_asia: '#56B4E9',
  china: '#E69F00',
  east_asia: '#F0E442',
  south_asia: '#009E73',
  middle_east: '#CC79A7',
  europe: '#0072B2',
  africa: '#000000',
};

/** Colour of a region group; groups without their own colour are "прочие". */
export function regionColor(region: string): string {
  return REGION_COLORS[region] ?? OTHER_COLOR;
}

/** Does the region group have a colour of its own (else it is drawn and listed as "прочие")? */
export function hasRegionColor(region: string): boolean {
  return region in REGION_COLORS;
}

/** A place's marker: Russia's own colour, else its region group's. */
export function placeColor(place: { countryCode: string; region: string }): string {
  return place.countryCode === HOME_COUNTRY ? HOME_COLOR : regionColor(place.region);
}

/** The region colours that can be shown together (for the colour-vision test). */
export function regionPalette(): string[] {
  return [...new Set([...Object.values(REGION_COLORS), OTHER_COLOR, HOME_COLOR])];
}

/** Colour of the category at `rank` among those a chart colours; past the set, "прочие". */
export function categoryColor(rank: number): string {
  return CATEGORY_COLORS[rank] ?? OTHER_COLOR;
}

/** Choropleth steps, light to dark (one hue: order, not category). */
export const CHOROPLETH = ['#eef4fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function choroplethColor(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '#f4f4f4';
  const step = Math.min(CHOROPLETH.length - 1, Math.ceil((Math.log1p(value) / Math.log1p(max)) * (CHOROPLETH.length - 1)));
  return CHOROPLETH[Math.max(1, step)] ?? '#3182bd';
}
