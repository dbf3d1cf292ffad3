/**
 * Colours shared by every chart and the map, so a sphere or region group has one colour everywhere.
 */
const SPHERE_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#5254a3'];

const REGION_COLORS: Record<string, string> = {
  belarus: '#c0392b',
  central_asia: '#2980b9',
  china: '#e67e22',
  east_asia: '#d35400',
  south_asia: '#16a085',
  middle_east: '#8e44ad',
  caucasus: '#27ae60',
  europe: '#2c3e50',
  africa: '#a0522d',
  americas: '#7f8c8d',
  russia: '#95a5a6',
  other: '#95a5a6',
};

/** Colour of the sphere at `position` in the canonical list. */
export function sphereColor(position: number): string {
  return SPHERE_COLORS[position % SPHERE_COLORS.length] ?? '#7f7f7f';
}

export function regionColor(region: string): string {
  return REGION_COLORS[region] ?? REGION_COLORS.other ?? '#95a5a6';
}

/** Choropleth steps, light to dark. */
export const CHOROPLETH = ['#eef4fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function choroplethColor(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '#f4f4f4';
  const step = Math.min(CHOROPLETH.length - 1, Math.ceil((Math.log1p(value) / Math.log1p(max)) * (CHOROPLETH.length - 1)));
  return CHOROPLETH[Math.max(1, step)] ?? '#3182bd';
}
