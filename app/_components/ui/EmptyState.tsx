import { common } from '@/lib/i18n/ru';

export function EmptyState({ text = common.empty }: { text?: string }) {
  return (
    <div className="empty" role="status">
      <p>{text}</p>
      <p>{common.emptyHint}</p>
    </div>
  );
}
