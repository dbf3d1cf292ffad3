import type { Metadata } from 'next';
import { safeReturnPath } from '@/lib/auth/return-path';
import { authText } from '@/lib/i18n/ru';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = { title: authText.loginTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">{authText.loginTitle}</h1>
      <p className="subtitle">{params.required === '1' ? authText.loginRequired : authText.loginSubtitle}</p>
      <LoginForm returnTo={safeReturnPath(params.next)} />
    </section>
  );
}
