/**
 * The offline basemap: Natural Earth 1:110m country shapes from world-atlas (about 38 KB gzipped;
 * the 1:50m file is about 230 KB, too heavy for a dashboard). Shape ids are ISO 3166 numeric codes.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

const ANTARCTICA = '010';

const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;

/**
 * The atlas is cut for spherical projections: a ring crossing the antimeridian (Russia's Chukotka,
 * Fiji) jumps from 180° to −180°, which Leaflet's planar paths draw as a band across the whole map.
 * Carrying the longitude on past 180° keeps each ring in one piece.
 */
function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  return ring.map(([lon = 0, lat = 0], i) => {
    const previous = ring[i - 1]?.[0];
    if (previous !== undefined && lon - previous > 180) offset -= 360;
    if (previous !== undefined && previous - lon > 180) offset += 360;
    return [lon + offset, lat];
  });
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  return geometry;
}

/** Every country but Antarctica (no events there, and Mercator blows it up across the bottom). */
export const WORLD: FeatureCollection = {
  type: 'FeatureCollection',
  features: feature(topology, topology.objects.countries)
    .features.filter((shape) => shape.id !== ANTARCTICA)
    .map((shape) => ({ ...shape, geometry: unwrap(shape.geometry) })),
};

/** Country shapes by ISO alpha-2 code (N. Cyprus, Somaliland and Kosovo have no code in the atlas). */
export const SHAPE_BY_CODE: ReadonlyMap<string, Feature<Geometry>> = new Map(
  WORLD.features.flatMap((shape) => {
    const code = shape.id === undefined ? undefined : isoCountries.numericToAlpha2(shape.id);
    return code ? [[code, shape] as const] : [];
  }),
);
