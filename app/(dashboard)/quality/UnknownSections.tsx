import { OptionList } from '@/app/_components/filters/OptionList';
import { DataTable } from '@/app/_components/tables/DataTable';
import type { SphereMapping } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { sectionMappingText as t } from '@/lib/i18n/ru';
import { UndoButton } from './UndoButton';

interface UnknownHeader {
  header: string;
  shortLabel: string;
  events: number;
}

/** Section headers no sphere knows, each with (editors) a form mapping it to a sphere or a new one. */
export function UnknownSections({ headers, spheres, canEdit }: { headers: UnknownHeader[]; spheres: { slug: string; name: string }[]; canEdit: boolean }) {
  return (
    <DataTable
      rows={headers} rowKey={(header) => header.header} testId="unknown-sections"
      empty={<p className="muted">{t.none}</p>}
      columns={[
        {
          header: t.header,
          cell: (header) => (
            <>
              <strong>{header.header}</strong>
              {canEdit && <SectionMappingForm header={header.header} spheres={spheres} />}
            </>
          ),
        },
        { header: t.shortLabel, cell: (header) => header.shortLabel },
        { header: t.rows, numeric: true, cell: (header) => header.events },
      ]}
    />
  );
}

function SectionMappingForm({ header, spheres }: { header: string; spheres: { slug: string; name: string }[] }) {
  return (
    <form method="post" action="/api/spheres/mappings" className="correction-form" data-testid="section-mapping-form">
      <input type="hidden" name="header" value={header} />
      <label>
        {t.target}
        <select name="sphere" required defaultValue="">
          <option value="" />
          <OptionList options={spheres.map((sphere) => ({ value: sphere.slug, label: sphere.name }))} />
          <option value="new">{t.newSphere}</option>
        </select>
      </label>
      <label>
        {t.newName}
        <input name="name" maxLength={200} />
      </label>
      <label>
        {t.newShortLabel}
        <input name="shortLabel" maxLength={40} />
      </label>
      <label>
        {t.reason}
        <input name="reason" required maxLength={1000} />
      </label>
      <button type="submit" className="button">
        {t.submit}
      </button>
    </form>
  );
}

/** The stored mappings with undo (editors). */
export function SectionMappings({ mappings, canEdit }: { mappings: SphereMapping[]; canEdit: boolean }) {
  return (
    <DataTable
      rows={mappings} rowKey={(mapping) => mapping.id} testId="section-mappings"
      columns={[
        { header: t.header, cell: (mapping) => mapping.header },
        {
          header: t.target,
          cell: (mapping) => (
            <>
              {mapping.sphereName} <span className="muted">({mapping.shortLabel})</span>
            </>
          ),
        },
        {
          header: t.reason,
          cell: (mapping) => (
            <>
              {mapping.reason} <span className="muted">({mapping.username}, {formatDateTime(mapping.at)})</span>
              {canEdit && <UndoButton action={`/api/spheres/mappings/${mapping.id}`} label={t.undo} />}
            </>
          ),
        },
      ]}
    />
  );
}
