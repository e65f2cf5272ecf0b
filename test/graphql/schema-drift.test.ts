import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/graphql/print-schema.js';
import { printedSchema } from '../../src/graphql/schema.js';

describe('schema.graphql', () => {
  it('matches the schema the code builds (regenerate with `npm run graphql:schema`)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8'), 'schema.graphql is stale: run `npm run graphql:schema` and commit it').toBe(printedSchema());
  });

  it('documents every type, field, argument and enum value', () => {
    const sdl = printedSchema();
    const undocumented = sdl.split('\n').filter((line, i, lines) => /^\s*(type|input|enum|interface|scalar)\s|^\s+\w+(\(|:)|^\s+[A-Za-z_]+$/.test(line) && !/"""\s*$/.test(lines[i - 1] ?? ''));
    expect(undocumented).toEqual([]);
  });
});
