import type { StorageInfo as Info } from '@/db/maintenance';
import { formatBytes } from '@/lib/format';
import { importText } from '@/lib/i18n/ru';

/** Below this much free space an import (the new report plus its WAL frames) may not fit. */
const LOW_FREE_BYTES = 1024 ** 3;

/** The database's size and the disk's free space, with a warning when space runs low. */
export function StorageInfo({ info }: { info: Info }) {
  const text = importText.storage;
  return (
    <section className="card storage-info" aria-labelledby="storage-title" data-testid="storage-info">
      <h2 id="storage-title">{text.title}</h2>
      <p>
        {text.database}: <span title={info.file}>{formatBytes(info.databaseBytes)}</span> ({text.wal}: {formatBytes(info.walBytes)}).{' '}
        {text.free}: {formatBytes(info.freeBytes)} {text.of} {formatBytes(info.totalBytes)}.
      </p>
      {info.freeBytes < LOW_FREE_BYTES && (
        <p role="alert" className="form-error">
          {text.low}
        </p>
      )}
    </section>
  );
}
