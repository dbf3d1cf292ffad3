import { Card } from '@/app/_components/ui/Card';
import type { SphereMapping } from '@/db/schema';
import type { ListedPlaceAlias, UnresolvedPlace } from '@/lib/curation/aliases';
import type { listUnknownHeaders } from '@/lib/curation/sphere-mappings';
import { placeAliasText, sectionMappingText } from '@/lib/i18n/ru';
import { SectionMappings, UnknownSections } from './UnknownSections';
import { PlaceAliases, UnresolvedPlaces } from './UnresolvedPlaces';

/** What the cards show, read by the page. */
export interface PlacesAndSectionsData {
  unresolved: UnresolvedPlace[];
  aliases: ListedPlaceAlias[];
  headers: ReturnType<typeof listUnknownHeaders>;
  mappings: SphereMapping[];
  /** Every sphere (getSphereChoices); the cards leave out the spheres the unknown headers stand for. */
  spheres: { slug: string; name: string }[];
}

/** The /quality cards of places and spheres: what the parser could not resolve, and the analysts' answers. */
export function PlacesAndSections({ unresolved, aliases, headers, mappings, spheres, canEdit }: PlacesAndSectionsData & { canEdit: boolean }) {
  const unknownSlugs = new Set(headers.map((header) => header.slug));
  const choices = spheres.filter((sphere) => !unknownSlugs.has(sphere.slug));
  return (
    <>
      <Card title={placeAliasText.title} note={placeAliasText.note} testId="quality-unresolved-places">
        <UnresolvedPlaces places={unresolved} canEdit={canEdit} />
      </Card>
      <Card title={placeAliasText.aliasesTitle} note={placeAliasText.aliasesNote} testId="quality-place-aliases">
        <PlaceAliases aliases={aliases} canEdit={canEdit} />
      </Card>
      <Card title={sectionMappingText.title} note={sectionMappingText.note} testId="quality-unknown-sections">
        <UnknownSections headers={headers} spheres={choices} canEdit={canEdit} />
      </Card>
      {mappings.length > 0 && (
        <Card title={sectionMappingText.mappingsTitle} testId="quality-section-mappings">
          <SectionMappings mappings={mappings} canEdit={canEdit} />
        </Card>
      )}
    </>
  );
}
