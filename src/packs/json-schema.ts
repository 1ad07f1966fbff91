/** The JSON Schema of the current pack format, generated from the zod schema (never by hand). */
import { z } from 'zod';
import { PackFile } from './format.ts';

export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(PackFile, { io: 'input', unrepresentable: 'any' });
  const published = {
    ...schema,
    $id: 'https://record-room.example/scenarios/pack.schema.json',
    title: 'Record Room scenario pack, format version 2',
    description: 'A scenario pack: synthetic patient charts for HIM training. See docs/pack-format.md.',
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
