'use client';

import { ServerErrorPage, type ServerErrorProps } from '@/app/_components/ui/ServerErrorPage';

/** 500 inside the root layout: the header stays, the filter bar (a dashboard layout part) does not. */
export default function ServerError(props: ServerErrorProps) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <ServerErrorPage {...props} />
    </main>
  );
}
