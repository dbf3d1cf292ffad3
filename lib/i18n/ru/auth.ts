/** Sign-in and account. */

/* --- Sign-in and account --- */
export const authText = {
  loginTitle: 'Вход',
  loginSubtitle: 'Для сотрудников департамента',
  username: 'Имя пользователя',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Вход…',
  login: 'Войти',
  logout: 'Выйти',
  /** The logout button ends every session of the user (lib/auth/session-user.ts). */
  logoutEverywhere: 'Выйти на всех устройствах',
  importLink: 'Загрузка отчёта',
  account: 'Учётная запись',
  signedInAs: (name: string) => `Вы вошли как ${name}`,
  errors: {
    invalid_credentials: 'Неверное имя пользователя или пароль.',
    missing_credentials: 'Введите имя пользователя и пароль.',
    rate_limited: 'Слишком много неудачных попыток. Попробуйте через 15 минут.',
    cross_site: 'Запрос отклонён.',
    server: 'Ошибка сервера. Попробуйте ещё раз.',
  } as Record<string, string>,
  loginRequired: 'Для просмотра панели войдите в систему.',
} as const;
