import { KeyFigure } from '@/app/_components/ui/KeyFigure';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { DIRECTIONS, type Flag } from '@/lib/vocabulary';
import { overviewText as t, plural } from '@/lib/i18n/ru';
import type { KeyFigures } from '@/lib/queries/overview';
import { FigureDeltas, type Baseline } from './FigureDeltas';


/** Each figure links to the events behind it: the active filters plus the figure's own condition. */
interface Props {
  figures: KeyFigures;
  filters: Filters;
  /** Off on a country page, where "partner countries" would count the country itself. */
  showPartners?: boolean;
  /** The period has no report (nothing loaded, or only rows other reports give): every figure reads "н/д". */
  unavailable?: boolean;
  /** Periods with their report to set each figure against (▲/▼); none on most pages. */
  baselines?: Baseline[];
}

const share = (figures: KeyFigures) => (figures.events > 0 ? Math.round((figures.eventsWithSme / figures.events) * 100) : 0);

export function EventFigures({ figures, filters, showPartners = true, unavailable = false, baselines = [] }: Props) {
  if (unavailable) return <UnavailableFigures showPartners={showPartners} />;
  const events = (extra: Partial<Filters>) => hrefWith('/events', { ...filters, ...extra });
  const flagged = (flag: Flag) => events({ has: [...new Set([...(filters.has ?? []), flag])] });
  const inRegion = (filters.direction.length > 0 ? filters.direction : DIRECTIONS).filter((d) => d !== 'outbound');
  const linkIf = (n: number, href: string) => (n > 0 ? href : undefined);
  const deltas = (pick: (f: KeyFigures) => number, points = false) => <FigureDeltas value={pick(figures)} baselines={baselines.map((b) => ({ label: b.label, value: pick(b.figures) }))} points={points} />;
  return (
    <div className="figures">
      <KeyFigure value={figures.events} label={plural(figures.events, t.figureEvents)} href={events({})} testId="figure-events" extra={deltas((f) => f.events)} />
      {showPartners && <KeyFigure value={figures.partnerCountries} label={plural(figures.partnerCountries, t.figurePartners)} href={hrefWith('/countries', filters)} testId="figure-countries" extra={deltas((f) => f.partnerCountries)} />}
      <KeyFigure value={figures.smeParticipations} label={plural(figures.smeParticipations, t.figureSme)} href={linkIf(figures.eventsWithSme, flagged('sme'))} testId="figure-sme" extra={deltas((f) => f.smeParticipations)} />
      <KeyFigure value={figures.eventsWithSme} label={plural(figures.eventsWithSme, t.figureEventsWithSme)} href={linkIf(figures.eventsWithSme, flagged('sme'))} testId="figure-events-with-sme" extra={deltas((f) => f.eventsWithSme)} />
      <KeyFigure value={share(figures)} display={`${share(figures)} %`} label={t.figureSmeShare} href={linkIf(figures.eventsWithSme, flagged('sme'))} testId="figure-sme-share" extra={deltas(share, true)} />
      {figures.eventsWithForeignInRegion > 0 && (
        <KeyFigure value={figures.foreignInRegion} label={t.figureForeignInRegion(figures.eventsWithForeignInRegion)} href={events({ has: [...new Set([...(filters.has ?? []), 'foreign' as const])], direction: inRegion })} testId="figure-foreign-in-region" />
      )}
      {figures.eventsWithForeignElsewhere > 0 && (
        <KeyFigure value={figures.foreignElsewhere} label={t.figureForeignElsewhere(figures.eventsWithForeignElsewhere)} href={events({ has: [...new Set([...(filters.has ?? []), 'foreign' as const])], direction: ['outbound'] })} testId="figure-foreign-elsewhere" />
      )}
      <KeyFigure value={figures.documentsSigned} label={plural(figures.documentsSigned, t.figureDocuments)} href={linkIf(figures.documentsSigned, flagged('signed'))} testId="figure-documents" extra={deltas((f) => f.documentsSigned)} />
      <KeyFigure value={figures.abroad} label={plural(figures.abroad, t.figureAbroad)} href={linkIf(figures.abroad, flagged('abroad'))} testId="figure-abroad" extra={deltas((f) => f.abroad)} />
      <KeyFigure value={figures.inRegion} label={plural(figures.inRegion, t.figureInRegion)} href={linkIf(figures.inRegion, events({ direction: inRegion }))} testId="figure-in-region" extra={deltas((f) => f.inRegion)} />
      <KeyFigure value={figures.remote} label={plural(figures.remote, t.figureRemote)} href={linkIf(figures.remote, events({ format: ['remote'] }))} testId="figure-remote" extra={deltas((f) => f.remote)} />
    </div>
  );
}

/** The same cards reading "н/д": a period without its report measured nothing, which is not zero. */
function UnavailableFigures({ showPartners }: { showPartners: boolean }) {
  const labels = [
    ['figure-events', t.figureEvents[2]],
    ...(showPartners ? [['figure-countries', t.figurePartners[2]]] : []),
    ['figure-sme', t.figureSme[2]],
    ['figure-events-with-sme', t.figureEventsWithSme[2]],
    ['figure-documents', t.figureDocuments[2]],
    ['figure-abroad', t.figureAbroad[2]],
    ['figure-in-region', t.figureInRegion[2]],
    ['figure-remote', t.figureRemote[2]],
  ];
  return (
    <div className="figures" data-testid="figures-unavailable">
      {labels.map(([testId, label]) => (
        <KeyFigure key={testId} value={null} label={label ?? ''} testId={testId} />
      ))}
    </div>
  );
}
