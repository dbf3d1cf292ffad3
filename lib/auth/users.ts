/**
 * Users and roles in SQLite. A viewer reads; an admin also imports and deletes reports. No user
 * and no password exist until someone creates them (npm run user:add, or ADMIN_USERNAME and
 * ADMIN_PASSWORD on a first start).
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type Role, type User } from '@/db/schema';
import { hashPassword, verifyPassword } from './password';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
}

const USERNAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}

export async function createUser(db: Db, user: NewUser): Promise<User> {
  if (!isValidUsername(user.username)) throw new Error(`invalid user name "${user.username}": use 1–64 letters, digits or . _ @ -`);
  const passwordHash = await hashPassword(user.password);
  if (findUser(db, user.username)) throw new Error(`user "${user.username}" already exists`);
  return db.insert(users).values({ username: user.username, passwordHash, role: user.role }).returning().get();
}

export function findUser(db: Db, username: string): User | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function getUserById(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** The user when the password matches, else null; as slow for an unknown name as for a wrong password. */
export async function authenticate(db: Db, username: string, password: string): Promise<User | null> {
  const user = isValidUsername(username) ? findUser(db, username) : undefined;
  return (await verifyPassword(user?.passwordHash, password)) && user ? user : null;
}

/** Creates the first admin from configuration, only while the database holds no user at all. */
export async function ensureFirstAdmin(db: Db, admin: { username: string; password: string } | undefined): Promise<User | null> {
  if (!admin) return null;
  const existing = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (existing > 0) return null;
  return createUser(db, { ...admin, role: 'admin' });
}
