import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle handle over the whole schema. */
export type Db = LibSQLDatabase<Schema>;
/** A transaction (or savepoint) handle inside `Database.write`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either: reads work the same inside and outside a write. */
export type Queryable = Db | Tx;
