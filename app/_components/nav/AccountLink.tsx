import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/guards';
import { authText } from '@/lib/i18n/ru';

/** Header corner: "Войти" for visitors; the user's name, the import link for admins, and "Выйти" (on every device). */
export async function AccountLink() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="account">
        <Link href="/login">{authText.login}</Link>
      </div>
    );
  }
  return (
    <div className="account" aria-label={authText.account} role="group">
      {user.role === 'admin' && <Link href="/import">{authText.importLink}</Link>}
      <span className="account-name" title={authText.signedInAs(user.username)}>
        {user.username}
      </span>
      <form action="/api/auth/logout" method="post">
        <button type="submit" className="link-button" title={authText.logoutEverywhere}>
          {authText.logout}
        </button>
      </form>
    </div>
  );
}
