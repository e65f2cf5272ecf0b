/**
 * Every operation the explorer sends, as text. A field the schema does not offer yet (search
 * confidence) is asked for only once the server's schema has it (see capabilities.ts).
 */

/** Which optional fields the server's schema has, as `Type.field`. */
export type Capabilities = ReadonlySet<string>;

/** Asks the schema which of the optional fields it has; fails quietly when introspection is off. */
export const CAPABILITIES_QUERY = `query ExplorerCapabilities {
  searchHit: __type(name: "SearchHit") { fields { name } }
}`;

/** The optional fields the explorer knows how to show. */
export const OPTIONAL_FIELDS = ['SearchHit.confidence'] as const;

const RESOURCE_LINK = 'name displayName(lang: $lang) category { slug }';

/** Categories with their resources, for the home page, the category list and the compare pickers. */
export const CATEGORIES_QUERY = `query ExplorerCategories($lang: Lang!) {
  categories {
    slug
    name(lang: $lang)
    description(lang: $lang)
    resources(first: 100) { totalCount edges { node { ${RESOURCE_LINK} summary(lang: $lang) kubernetes { kind } status } } }
  }
}`;

/** One category and its resources. */
export const CATEGORY_QUERY = `query ExplorerCategory($slug: String!, $lang: Lang!) {
  category(slug: $slug) {
    slug
    name(lang: $lang)
    description(lang: $lang)
    aliasNames
    resources(first: 100) { totalCount edges { node { ${RESOURCE_LINK} summary(lang: $lang) kubernetes { kind apiVersion } status } } }
  }
}`;

/** Search as you type; `confidence` once the schema offers it. */
export function searchQuery(capabilities: Capabilities): string {
  return `query ExplorerSearch($q: String!, $lang: Lang!) {
  coverage: ask(q: $q, lang: $lang, limit: 1) { declined }
  search(q: $q, lang: $lang, limit: 10) {
    score${capabilities.has('SearchHit.confidence') ? '\n    confidence' : ''}
    snippet { field highlighted }
    resource { ${RESOURCE_LINK} summary(lang: $lang) kubernetes { kind } }
  }
}`;
}

const CHAIN_STEP = `depth resource { ${RESOURCE_LINK} } via { kind from { name } to { name } }`;

/** Everything the resource page shows, in one request. */
export const RESOURCE_QUERY = `query ExplorerResource($name: String!, $category: String, $lang: Lang!) {
  resource(name: $name, category: $category) {
    ${RESOURCE_LINK}
    summary(lang: $lang)
    description(lang: $lang)
    kubernetes { kind apiVersion plural singular shortNames namespaced servedVersions }
    status
    tasks(lang: $lang)
    category { slug name(lang: $lang) }
    listedIn { slug name(lang: $lang) }
    variant { selector of { ${RESOURCE_LINK} } }
    variants { ${RESOURCE_LINK} }
    alternatives { ${RESOURCE_LINK} }
    supersededBy { ${RESOURCE_LINK} }
    aliases { name kind }
    facts { key label(lang: $lang) text(lang: $lang) note(lang: $lang) }
    exampleManifest
    sources { fromArticle articleSection docsUrl }
    corrections { slug correctionKind articleSection articleText correct(lang: $lang) reason(lang: $lang) }
    relations { kind note(lang: $lang) from { ${RESOURCE_LINK} } to { ${RESOURCE_LINK} } }
    parents(depth: 5) { ${CHAIN_STEP} }
    children(depth: 5) { ${CHAIN_STEP} }
    comparisons { slug title(lang: $lang) resources(first: 100) { edges { node { name } } } }
    apiVersionHistory { apiVersion introducedIn deprecatedIn removedIn replacement note(lang: $lang) }
  }
}`;

const TABLE_RESOURCE = `${RESOURCE_LINK} summary(lang: $lang)`;
const TABLE_ROWS = `title(lang: $lang) verdict(lang: $lang)
    aspects { key label(lang: $lang) cells { resource { name } text(lang: $lang) } }`;

/** Every stored comparison, for the list of comparisons. */
export const COMPARISONS_QUERY = `query ExplorerComparisons($lang: Lang!) {
  comparisons { slug title(lang: $lang) resources(first: 100) { edges { node { ${RESOURCE_LINK} } } } }
}`;

/** One stored comparison as a table. */
export const COMPARISON_QUERY = `query ExplorerComparison($slug: String!, $lang: Lang!) {
  comparison(slug: $slug) { slug ${TABLE_ROWS} resources(first: 100) { edges { node { ${TABLE_RESOURCE} } } } }
}`;

/** Any two or three resources side by side. */
export const COMPARE_QUERY = `query ExplorerCompare($names: [String!]!, $lang: Lang!) {
  compare(names: $names) { ${TABLE_ROWS} resources { ${TABLE_RESOURCE} } stored { slug } }
}`;

const FIELD = 'name path type required description enum note(lang: $lang) hasChildren';

/** The top of a kind's field tree. */
export const FIELD_TREE_QUERY = `query ExplorerFieldTree($name: String!, $lang: Lang!) {
  resource(name: $name) {
    fields(depth: 1) { apiVersion kind source { package packageVersion schema release { project version } } fields { ${FIELD} } }
  }
}`;

/** One field's children, fetched when a person opens it. */
export const FIELD_CHILDREN_QUERY = `query ExplorerFieldChildren($name: String!, $path: String!, $lang: Lang!) {
  resource(name: $name) {
    fields(path: $path, depth: 1) { fields { path children { ${FIELD} } } }
  }
}`;

/** Manifests checked against a Kubernetes release. */
export const CHECK_QUERY = `query ExplorerCheck($manifests: String!, $kubernetesVersion: String, $lang: Lang!) {
  checkManifests(manifests: $manifests, kubernetesVersion: $kubernetesVersion, lang: $lang) {
    checked
    kubernetesVersion
    findings { index kind apiVersion name severity message path deprecatedIn removedIn replacement resource { ${RESOURCE_LINK} } }
  }
}`;
