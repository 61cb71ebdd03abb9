// The database schema, a file per part of the product (server/db/schema/); drizzle-kit reads the
// tables from here and generates the migrations in drizzle/.
export * from './schema/accounts';
export * from './schema/cards';
export * from './schema/cases';
export * from './schema/documents';
export * from './schema/meetings';
export * from './schema/readings';
