-- A password or role change ends every session of the user (issue 13, item 8), whoever makes it:
-- the app, a script or an operator with the sqlite3 shell.
CREATE TRIGGER `users_end_sessions_on_change` AFTER UPDATE OF `password_hash`, `role` ON `users`
WHEN OLD.`password_hash` IS NOT NEW.`password_hash` OR OLD.`role` IS NOT NEW.`role`
BEGIN
  UPDATE `users` SET `session_generation` = `session_generation` + 1 WHERE `id` = NEW.`id`;
END;
