// Builds the upstream field reference (dist/reference/field-reference.json, ignored) from the
// `kubernetes-models` package: its declarations carry the Kubernetes OpenAPI model (structure,
// required fields, enums, English descriptions) and its compiled validators tell integers from
// numbers, which the declarations cannot. The add-on APIs kubedex knows (Gateway API, the
// VerticalPodAutoscaler) come the same way from their @kubernetes-models packages, generated from
// the add-ons' Go API types. Plain .mjs so that it can run from postinstall.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const OUTPUT = path.join(root, 'dist/reference/field-reference.json');

// kubernetes-models states in its changelog which Kubernetes release it was generated from; the
// stamp is tied to the exact package version so that an upgrade cannot keep a stale stamp.
const KUBERNETES_VERSION_OF = { '5.1.0': 'v1.36.0' };
// Each add-on package names in its changelog the upstream release its Go types come from ("Types now
// sourced from upstream Go packages — gateway-api v1.5.1"); the changelog is not in the published
// package, so the release is tied to the exact package version here, as above.
const ADDONS = {
  '@kubernetes-models/gateway-api': { project: 'Gateway API', releaseOf: { '2.0.0': 'v1.5.1' } },
  '@kubernetes-models/autoscaler': { project: 'Vertical Pod Autoscaler', releaseOf: { '5.0.0': 'v1.6.0' } },
};
const PACKAGES = ['kubernetes-models', '@kubernetes-models/apimachinery', ...Object.keys(ADDONS)];
/** The release the served Kubernetes schemas come from; removed apiVersions are stamped from seed/api-versions. */
const SERVING_RELEASE = 'v1.36';

const started = performance.now();
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
const modelsVersion = versionOf('kubernetes-models');
const kubernetesVersion = KUBERNETES_VERSION_OF[modelsVersion];
if (!kubernetesVersion) {
  console.error(`generate-field-reference: no Kubernetes version known for kubernetes-models ${modelsVersion}; update KUBERNETES_VERSION_OF`);
  process.exit(1);
}
const addonSources = Object.fromEntries(
  Object.entries(ADDONS).map(([name, addon]) => {
    const packageVersion = versionOf(name);
    const release = addon.releaseOf[packageVersion];
    if (!release) {
      console.error(`generate-field-reference: no ${addon.project} release known for ${name} ${packageVersion}; update ADDONS`);
      process.exit(1);
    }
    return [name, { package: name, packageVersion, kubernetesVersion, language: 'en', schema: 'addon-crd', release: { project: addon.project, version: release, from: 'package-changelog' } }];
  }),
);

function declarationFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_schemas' && entry.name !== 'node_modules') files.push(...declarationFiles(full));
    } else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') files.push(full);
  }
  return files;
}

function jsDocText(node) {
  const docs = node.jsDoc ?? [];
  const text = docs.map((doc) => (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment(doc.comment) ?? '')).join('\n');
  // The packages write a literal `*` as `\*` so that it cannot close the comment.
  return text.replace(/\\\*/g, '*').trim() || null;
}

/** Reads one declaration file: its canonical ids (`IoK8sApiAppsV1Deployment`) and interfaces or aliases. */
function readDeclarations(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const localToId = new Map();
  const declarations = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        const local = (element.propertyName ?? element.name).text;
        const exported = element.name.text;
        if (local.startsWith('I') && exported.startsWith('IIoK8s')) localToId.set(local, exported.slice(1));
      }
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      declarations.push(statement);
    }
  }
  return { localToId, declarations, package: PACKAGES.find((name) => file.startsWith(packageDir(name) + path.sep)) };
}

/** The definition an interface extends: another definition, or `TypeMeta` (apiVersion and kind) from @kubernetes-models/base. */
function parentId(name, localToId) {
  if (name === 'TypeMeta') return TYPE_META;
  if (localToId.has(name)) return localToId.get(name);
  if (name.startsWith('IIoK8s')) return name.slice(1);
  throw new Error(`generate-field-reference: unsupported parent ${name}`);
}

function describeType(node, localToId) {
  if (node.kind === ts.SyntaxKind.StringKeyword) return { t: 'string' };
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { t: 'number' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { t: 'boolean' };
  if (node.kind === ts.SyntaxKind.AnyKeyword || node.kind === ts.SyntaxKind.UnknownKeyword) return { t: 'Object' };
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { t: 'string', enum: [node.literal.text] };
  if (ts.isUnionTypeNode(node)) {
    if (node.types.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))) {
      return { t: 'string', enum: node.types.map((member) => member.literal.text) };
    }
    return { t: 'Object' };
  }
  if (ts.isParenthesizedTypeNode(node)) return describeType(node.type, localToId);
  if (ts.isArrayTypeNode(node)) return { t: 'array', of: describeType(node.elementType, localToId) };
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.length === 1) return { t: 'array', of: describeType(node.typeArguments[0], localToId) };
    if (localToId.has(name)) return { t: 'ref', ref: localToId.get(name) };
    if (name.startsWith('IIoK8s')) return { t: 'ref', ref: name.slice(1) };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find((member) => ts.isIndexSignatureDeclaration(member));
    if (index && node.members.length === 1) return { t: 'map', of: describeType(index.type, localToId) };
    return { t: 'Object' };
  }
  throw new Error(`generate-field-reference: unsupported type ${ts.SyntaxKind[node.kind]} "${node.getText()}"`);
}

// Well-known apimachinery scalars print as `kubectl explain` prints them.
const SCALAR_IDS = {
  IoK8sApimachineryPkgUtilIntstrIntOrString: { t: 'IntOrString' },
  IoK8sApimachineryPkgApiResourceQuantity: { t: 'Quantity' },
  IoK8sApimachineryPkgApisMetaV1Time: { t: 'string', format: 'date-time' },
  IoK8sApimachineryPkgApisMetaV1MicroTime: { t: 'string', format: 'date-time' },
};

// TypeMeta carries the upstream text of every kind's apiVersion and kind, which the kinds' own
// declarations leave out; it is read from @kubernetes-models/base and merged into them below.
const TYPE_META = 'TypeMeta';
const definitions = {};
const kinds = [];
{
  // The base package exports no package.json: its declarations sit beside its entry point.
  const file = path.join(path.dirname(fileURLToPath(import.meta.resolve('@kubernetes-models/base'))), 'meta.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const typeMeta = source.statements.find((statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === TYPE_META);
  definitions[TYPE_META] = {
    name: TYPE_META,
    description: null,
    properties: typeMeta.members.map((member) => ({ name: member.name.getText(), type: { t: 'string' }, required: true, description: jsDocText(member) })),
  };
}
for (const name of PACKAGES) {
  for (const file of declarationFiles(packageDir(name))) {
    const { localToId, declarations, package: owner } = readDeclarations(file);
    for (const declaration of declarations) {
      const id = localToId.get(declaration.name.text);
      if (!id || SCALAR_IDS[id]) continue;
      const definition = { name: declaration.name.text.slice(1), description: jsDocText(declaration), package: owner, properties: [] };
      if (ts.isInterfaceDeclaration(declaration)) {
        definition.extends = (declaration.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => parentId(type.expression.getText(), localToId)));
        for (const member of declaration.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          definition.properties.push({
            name: ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(),
            type: describeType(member.type, localToId),
            required: !member.questionToken,
            description: jsDocText(member),
          });
        }
      } else {
        definition.alias = describeType(declaration.type, localToId);
      }
      definitions[id] = definition;
      const apiVersion = definition.properties.find((property) => property.name === 'apiVersion')?.type.enum;
      const kind = definition.properties.find((property) => property.name === 'kind')?.type.enum;
      if (apiVersion?.length === 1 && kind?.length === 1) {
        const [group, version] = apiVersion[0].includes('/') ? apiVersion[0].split('/') : ['', apiVersion[0]];
        kinds.push({ group, version, kind: kind[0], definition: id, package: owner });
      }
    }
  }
}

const merged = new Set();
/** Puts the properties of the definitions `id` extends before its own; its own win, and inherit a description they lack. */
function mergeParents(id) {
  const definition = definitions[id];
  if (merged.has(id) || !definition) return;
  merged.add(id);
  for (const parent of definition.extends ?? []) {
    mergeParents(parent);
    const inherited = definitions[parent];
    if (!inherited) throw new Error(`generate-field-reference: ${id} extends unknown ${parent}`);
    const own = new Map(definition.properties.map((property) => [property.name, property]));
    const fromParent = inherited.properties.filter((property) => !own.has(property.name)).map((property) => ({ ...property }));
    for (const property of inherited.properties) {
      const mine = own.get(property.name);
      if (mine && !mine.description) mine.description = property.description;
    }
    definition.properties = [...fromParent, ...definition.properties];
  }
  delete definition.extends;
}
for (const id of Object.keys(definitions)) mergeParents(id);
delete definitions[TYPE_META];

function resolveScalars(type) {
  if (type.t === 'ref' && SCALAR_IDS[type.ref]) return { ...SCALAR_IDS[type.ref] };
  if (type.t === 'ref' && definitions[type.ref]?.alias) return resolveScalars(definitions[type.ref].alias);
  if (type.of) return { ...type, of: resolveScalars(type.of) };
  return type;
}

// The declarations say `number` for integers too; the package's compiled JSON-schema validator
// knows better, so each numeric field is probed with 0.5 and the validator's complaint read.
function probeValue(type) {
  if (type.t === 'number') return 0.5;
  if (type.t === 'array' && type.of.t === 'number') return [0.5];
  if (type.t === 'map' && type.of.t === 'number') return { probe: 0.5 };
  return undefined;
}

async function refineNumbers(id, definition) {
  const probes = definition.properties.filter((property) => probeValue(property.type) !== undefined);
  if (probes.length === 0) return;
  const { validate } = await import(pathToFileURL(path.join(packageDir(definition.package), '_schemas', `${id}.js`)).href);
  for (const property of probes) {
    validate({ [property.name]: probeValue(property.type) });
    const errors = (validate.errors ?? []).filter((error) => error.instancePath.startsWith(`/${property.name}`));
    const integer = errors.some((error) => error.keyword === 'type' && error.params.type === 'integer');
    const format = errors.find((error) => error.keyword === 'format')?.params.format;
    const target = property.type.t === 'number' ? property.type : property.type.of;
    if (integer) target.t = 'integer';
    if (format) target.format = format;
  }
}

for (const [id, definition] of Object.entries(definitions)) {
  for (const property of definition.properties) property.type = resolveScalars(property.type);
  await refineNumbers(id, definition);
  delete definition.package;
}
for (const id of Object.keys(definitions)) if (definitions[id].alias) delete definitions[id];

/**
 * When seed/api-versions says an apiVersion of a kind stopped being served, by kind and apiVersion.
 * kubernetes-models keeps the schemas of removed apiVersions from the last release that served them,
 * which is the release before `removedIn`.
 */
function removalsFromHistory() {
  const seedDir = path.join(root, 'seed');
  const kindOf = new Map();
  for (const file of fs.readdirSync(path.join(seedDir, 'resources'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.yaml')) continue;
    const resource = parseYaml(fs.readFileSync(path.join(seedDir, 'resources', file), 'utf8'));
    if (resource.kubernetes?.kind) kindOf.set(resource.name, resource.kubernetes.kind);
  }
  const removedIn = new Map();
  for (const file of fs.readdirSync(path.join(seedDir, 'api-versions')).filter((name) => name.endsWith('.yaml'))) {
    for (const entry of parseYaml(fs.readFileSync(path.join(seedDir, 'api-versions', file), 'utf8')).kinds) {
      const kind = kindOf.get(entry.resource) ?? entry.resource;
      for (const version of entry.versions) removedIn.set(`${version.apiVersion} ${kind}`, version.removedIn ?? null);
    }
  }
  return removedIn;
}

const minorOf = (release) => Number(/^v1\.(\d+)/.exec(release)?.[1]);
const removedIn = removalsFromHistory();
/**
 * A kind the history does not list (Scale, Eviction, TokenRequest: subresources) went with its group
 * version: served while any kind of that apiVersion is, else removed with them when they all went at
 * once; when they went at different releases the release is unknown (undefined).
 */
function removalOfGroupVersion(apiVersion) {
  const removals = new Set([...removedIn].filter(([key]) => key.startsWith(`${apiVersion} `)).map(([, removal]) => removal));
  if (removals.has(null)) return null;
  return removals.size === 1 ? [...removals][0] : undefined;
}
const builtinSource = { package: 'kubernetes-models', packageVersion: modelsVersion, kubernetesVersion, language: 'en', schema: 'kubernetes', release: { project: 'Kubernetes', version: kubernetesVersion, from: 'package-changelog' } };
/** The source of one kind's schema: its add-on package, or the Kubernetes release that last served its apiVersion. */
function sourceOf(entry, apiVersion) {
  if (addonSources[entry.package]) return addonSources[entry.package];
  const removal = removedIn.has(`${apiVersion} ${entry.kind}`) ? removedIn.get(`${apiVersion} ${entry.kind}`) : removalOfGroupVersion(apiVersion);
  if (removal === undefined) return { ...builtinSource, kubernetesVersion: 'unknown', release: { project: 'Kubernetes', version: null, from: null } };
  if (removal === null || minorOf(removal) > minorOf(SERVING_RELEASE)) return builtinSource;
  const lastServed = `v1.${minorOf(removal) - 1}`;
  return { ...builtinSource, kubernetesVersion: lastServed, release: { project: 'Kubernetes', version: lastServed, from: 'api-version-history' } };
}

const reference = {
  source: builtinSource,
  kinds: kinds
    .filter((entry) => !entry.kind.endsWith('List'))
    .map(({ package: owner, ...entry }) => ({ ...entry, source: sourceOf({ ...entry, package: owner }, entry.group ? `${entry.group}/${entry.version}` : entry.version) }))
    .sort((a, b) => `${a.group}/${a.version}/${a.kind}`.localeCompare(`${b.group}/${b.version}/${b.kind}`)),
  definitions,
};
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, JSON.stringify(reference));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`field reference: ${reference.kinds.length} kinds, ${Object.keys(definitions).length} definitions from kubernetes-models ${modelsVersion} (Kubernetes ${kubernetesVersion}) in ${seconds} s → ${path.relative(root, OUTPUT)}`);
