import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle handle over the whole schema. */
export type Db = LibSQLDatabase<Schema>;
/**
 * The drizzle handle inside `Database.write`: the same API as `Db`, bound to one write
 * transaction that the write queue commits (see write-queue.ts).
 */
export type Tx = Db;
/** Either: reads work the same inside and outside a write. */
export type Queryable = Db | Tx;
