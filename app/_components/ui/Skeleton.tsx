import { listLimitText } from '@/lib/i18n/ru';

/** The place of a section that is still loading (a <Suspense> fallback), at about its final height. */
export function Skeleton({ height, label = listLimitText.loading }: { height: number; label?: string }) {
  return (
    <div className="section-skeleton" role="status" style={{ minHeight: height }}>
      {label}
    </div>
  );
}
