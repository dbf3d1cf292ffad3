import { Card } from '@/app/_components/ui/Card';
import type { Db } from '@/db/client';
import { listPlaceAliases, listUnresolvedPlaces } from '@/lib/curation/aliases';
import { listSphereMappings, listUnknownHeaders } from '@/lib/curation/sphere-mappings';
import { placeAliasText, sectionMappingText } from '@/lib/i18n/ru';
import { getSphereChoices } from '@/lib/queries/corrections';
import { SectionMappings, UnknownSections } from './UnknownSections';
import { PlaceAliases, UnresolvedPlaces } from './UnresolvedPlaces';

/** The /quality cards of places and spheres: what the parser could not resolve, and the analysts' answers. */
export function PlacesAndSections({ db, canEdit }: { db: Db; canEdit: boolean }) {
  const unresolved = listUnresolvedPlaces(db);
  const aliases = listPlaceAliases(db);
  const headers = listUnknownHeaders(db);
  const mappings = listSphereMappings(db);
  const unknownSlugs = new Set(headers.map((header) => header.slug));
  const spheres = getSphereChoices(db).filter((sphere) => !unknownSlugs.has(sphere.slug));
  return (
    <>
      <Card title={placeAliasText.title} note={placeAliasText.note} testId="quality-unresolved-places">
        <UnresolvedPlaces places={unresolved} canEdit={canEdit} />
      </Card>
      <Card title={placeAliasText.aliasesTitle} note={placeAliasText.aliasesNote} testId="quality-place-aliases">
        <PlaceAliases aliases={aliases} canEdit={canEdit} />
      </Card>
      <Card title={sectionMappingText.title} note={sectionMappingText.note} testId="quality-unknown-sections">
        <UnknownSections headers={headers} spheres={spheres} canEdit={canEdit} />
      </Card>
      {mappings.length > 0 && (
        <Card title={sectionMappingText.mappingsTitle} testId="quality-section-mappings">
          <SectionMappings mappings={mappings} canEdit={canEdit} />
        </Card>
      )}
    </>
  );
}
