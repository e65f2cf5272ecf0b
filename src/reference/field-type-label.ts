import type { FieldReferenceData, FieldType } from './field-reference-data.js';

function typeName(type: FieldType, definitions: FieldReferenceData['definitions']): string {
  switch (type.t) {
    case 'ref': {
      const definition = definitions[type.ref];
      return definition && definition.properties.length > 0 ? definition.name : 'Object';
    }
    case 'array':
      return `[]${typeName(type.of, definitions)}`;
    case 'map':
      return `map[string]${typeName(type.of, definitions)}`;
    default:
      return type.t;
  }
}

/** The type as `kubectl explain` prints it: `<string>`, `<[]Container>`, `<map[string]string>`, `<IntOrString>`. */
export function fieldTypeLabel(type: FieldType, definitions: FieldReferenceData['definitions']): string {
  return `<${typeName(type, definitions)}>`;
}

/** The definition a field's children come from, through lists and maps; none for scalars and free-form objects. */
export function childDefinitionId(type: FieldType, definitions: FieldReferenceData['definitions']): string | null {
  if (type.t === 'array' || type.t === 'map') return childDefinitionId(type.of, definitions);
  if (type.t === 'ref' && (definitions[type.ref]?.properties.length ?? 0) > 0) return type.ref;
  return null;
}
