import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads the schema and writes SQL migrations into packages/server/drizzle,
// which the server applies at start on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/server/src/db/schema.ts',
  out: './packages/server/drizzle',
});
