/**
 * Writes scenarios/pack.schema.json from the zod schema, so pack authors get validation and
 * completion in their editor. `npm run schema`; a test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from '../src/packs/json-schema.ts';

const target = fileURLToPath(new URL('../scenarios/pack.schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
console.log(`wrote ${target}`);
