// Builds the upstream field reference (dist/reference/field-reference.json, ignored) from the
// `kubernetes-models` package: its declarations carry the Kubernetes OpenAPI model (structure,
// required fields, enums, English descriptions) and its compiled validators tell integers from
// numbers, which the declarations cannot. Plain .mjs so that it can run from postinstall.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const OUTPUT = path.join(root, 'dist/reference/field-reference.json');

// kubernetes-models states in its changelog which Kubernetes release it was generated from; the
// stamp is tied to the exact package version so that an upgrade cannot keep a stale stamp.
const KUBERNETES_VERSION_OF = { '5.1.0': 'v1.36.0' };
const PACKAGES = ['kubernetes-models', '@kubernetes-models/apimachinery'];

const started = performance.now();
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const modelsVersion = JSON.parse(fs.readFileSync(path.join(packageDir('kubernetes-models'), 'package.json'), 'utf8')).version;
const kubernetesVersion = KUBERNETES_VERSION_OF[modelsVersion];
if (!kubernetesVersion) {
  console.error(`generate-field-reference: no Kubernetes version known for kubernetes-models ${modelsVersion}; update KUBERNETES_VERSION_OF`);
  process.exit(1);
}

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
  return text.trim() || null;
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

const definitions = {};
const kinds = [];
for (const name of PACKAGES) {
  for (const file of declarationFiles(packageDir(name))) {
    const { localToId, declarations, package: owner } = readDeclarations(file);
    for (const declaration of declarations) {
      const id = localToId.get(declaration.name.text);
      if (!id || SCALAR_IDS[id]) continue;
      const definition = { name: declaration.name.text.slice(1), description: jsDocText(declaration), package: owner, properties: [] };
      if (ts.isInterfaceDeclaration(declaration)) {
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
        kinds.push({ group, version, kind: kind[0], definition: id });
      }
    }
  }
}

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

const reference = {
  source: { package: 'kubernetes-models', packageVersion: modelsVersion, kubernetesVersion, language: 'en' },
  kinds: kinds.filter((entry) => !entry.kind.endsWith('List')).sort((a, b) => `${a.group}/${a.version}/${a.kind}`.localeCompare(`${b.group}/${b.version}/${b.kind}`)),
  definitions,
};
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, JSON.stringify(reference));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`field reference: ${reference.kinds.length} kinds, ${Object.keys(definitions).length} definitions from kubernetes-models ${modelsVersion} (Kubernetes ${kubernetesVersion}) in ${seconds} s → ${path.relative(root, OUTPUT)}`);
