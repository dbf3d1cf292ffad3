import { ErrorPage } from '@/app/_components/ui/ErrorPage';
import { errorText } from '@/lib/i18n/ru';

/**
 * notFound() in a dashboard page (unknown event, country, sphere) renders inside the dashboard
 * layout's main; globals.css hides the filter bar beside an error page.
 */
export default function DashboardNotFound() {
  return <ErrorPage title={errorText.notFoundTitle} text={errorText.notFoundText} />;
}
