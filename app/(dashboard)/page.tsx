import { connection } from 'next/server';
import { KeyFigure } from '@/app/_components/ui/KeyFigure';
import { parseFilters } from '@/lib/filters/filters';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures } from '@/lib/queries/overview';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { filters } = parseFilters(await searchParams);
  const figures = getKeyFigures(getDb(), filters);
  return (
    <>
      <h1>Обзор</h1>
      <div className="figures">
        <KeyFigure value={figures.events} label="мероприятий" testId="figure-events" />
      </div>
    </>
  );
}
