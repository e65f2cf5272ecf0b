// The CommonJS entry, as src/graphql/graphql-js.ts explains: the schema was built with that copy.
import { isObjectType, parse, validate } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import * as queries from '../../web/src/explorer/queries.js';
import { EXAMPLE_TABS } from '../../web/src/graphiql/example-queries.js';

/** The optional fields as the schema offers them now, the way the explorer learns them at run time. */
function offered(): Set<string> {
  return new Set(
    queries.OPTIONAL_FIELDS.filter((field) => {
      const [typeName, fieldName] = field.split('.') as [string, string];
      const type = schema.getType(typeName);
      return isObjectType(type) && fieldName in type.getFields();
    }),
  );
}

function errorsOf(text: string): string[] {
  return validate(schema, parse(text)).map((e) => e.message);
}

describe('what the explorer and GraphiQL send', () => {
  const capabilities = offered();
  const documents: [string, string][] = [
    ['capabilities', queries.CAPABILITIES_QUERY],
    ['categories', queries.CATEGORIES_QUERY],
    ['category', queries.CATEGORY_QUERY],
    ['search', queries.searchQuery(capabilities)],
    ['resource', queries.RESOURCE_QUERY],
    ['comparisons', queries.COMPARISONS_QUERY],
    ['comparison', queries.COMPARISON_QUERY],
    ['compare', queries.COMPARE_QUERY],
    ['field tree', queries.FIELD_TREE_QUERY],
    ['field children', queries.FIELD_CHILDREN_QUERY],
    ['check', queries.CHECK_QUERY],
    ...EXAMPLE_TABS.map((tab, i): [string, string] => [`GraphiQL example ${i + 1}`, tab.query]),
  ];
  it.each(documents)('%s validates against the served schema', (_name, text) => {
    expect(errorsOf(text)).toEqual([]);
  });

  it('asks for an optional field only when the schema has it', () => {
    const none = new Set<string>();
    expect(queries.searchQuery(none)).not.toContain('confidence');
    expect(queries.searchQuery(new Set(['SearchHit.confidence']))).toContain('confidence');
  });
});
