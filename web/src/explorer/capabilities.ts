import { createContext, useContext, useEffect, useState } from 'react';
import { requestGraphQL } from './graphql-client.js';
import { CAPABILITIES_QUERY, OPTIONAL_FIELDS, type Capabilities } from './queries.js';

type TypeFields = { fields: { name: string }[] | null } | null;
type CapabilitiesData = { searchHit: TypeFields };

function fieldsOf(typeName: string, type: TypeFields): string[] {
  return (type?.fields ?? []).map((f) => `${typeName}.${f.name}`);
}

/** Learns once which optional fields the schema has; until then, and without introspection, none. */
export function useLoadCapabilities(): Capabilities | null {
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  useEffect(() => {
    requestGraphQL<CapabilitiesData>(CAPABILITIES_QUERY, {}).then(
      (data) => {
        const offered = new Set(fieldsOf('SearchHit', data.searchHit));
        setCapabilities(new Set(OPTIONAL_FIELDS.filter((f) => offered.has(f))));
      },
      () => setCapabilities(new Set()),
    );
  }, []);
  return capabilities;
}

/** The optional fields this server offers. */
export const CapabilitiesContext = createContext<Capabilities>(new Set());

/** The optional fields this server offers. */
export function useCapabilities(): Capabilities {
  return useContext(CapabilitiesContext);
}
