'use client';

import { ServerErrorPage, type ServerErrorProps } from '@/app/_components/ui/ServerErrorPage';

/** A failing dashboard page: the message inside the dashboard layout's main (filter bar hidden by CSS). */
export default function DashboardError(props: ServerErrorProps) {
  return <ServerErrorPage {...props} />;
}
