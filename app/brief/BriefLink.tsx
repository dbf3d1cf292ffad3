import Link from 'next/link';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { briefText as t } from '@/lib/i18n/ru';

/** From the overview and the comparison: the справка for the same filters. */
export function BriefLink({ filters }: { filters: Filters }) {
  return (
    <p className="brief-link">
      <Link href={hrefWith('/brief', filters)} className="button">
        {t.link}
      </Link>
    </p>
  );
}
