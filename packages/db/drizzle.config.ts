import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./src/schema.ts', './src/accounts-schema.ts'],
  out: './drizzle',
});
