import type { SphereMapping } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { UndoButton } from './UndoButton';
import { sectionMappingText as t } from '@/lib/i18n/ru';

interface UnknownHeader {
  header: string;
  shortLabel: string;
  events: number;
}

/** Section headers no sphere knows, each with (editors) a form mapping it to a sphere or a new one. */
export function UnknownSections({ headers, spheres, canEdit }: { headers: UnknownHeader[]; spheres: { slug: string; name: string }[]; canEdit: boolean }) {
  return (
    <table className="data" data-testid="unknown-sections">
      <thead>
        <tr>
          <th scope="col">{t.header}</th>
          <th scope="col">{t.shortLabel}</th>
          <th scope="col" className="num">
            {t.rows}
          </th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header) => (
          <tr key={header.header}>
            <td>
              <strong>{header.header}</strong>
              {canEdit && (
                <form method="post" action="/api/spheres/mappings" className="correction-form" data-testid="section-mapping-form">
                  <input type="hidden" name="header" value={header.header} />
                  <label>
                    {t.target}
                    <select name="sphere" required defaultValue="">
                      <option value="" />
                      {spheres.map((sphere) => (
                        <option key={sphere.slug} value={sphere.slug}>
                          {sphere.name}
                        </option>
                      ))}
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
              )}
            </td>
            <td>{header.shortLabel}</td>
            <td className="num">{header.events}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The stored mappings with undo (editors). */
export function SectionMappings({ mappings, canEdit }: { mappings: SphereMapping[]; canEdit: boolean }) {
  return (
    <table className="data" data-testid="section-mappings">
      <thead>
        <tr>
          <th scope="col">{t.header}</th>
          <th scope="col">{t.target}</th>
          <th scope="col">{t.reason}</th>
        </tr>
      </thead>
      <tbody>
        {mappings.map((mapping) => (
          <tr key={mapping.id}>
            <td>{mapping.header}</td>
            <td>
              {mapping.sphereName} <span className="muted">({mapping.shortLabel})</span>
            </td>
            <td>
              {mapping.reason} <span className="muted">({mapping.username}, {formatDateTime(mapping.at)})</span>
              {canEdit && <UndoButton action={`/api/spheres/mappings/${mapping.id}`} label={t.undo} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
