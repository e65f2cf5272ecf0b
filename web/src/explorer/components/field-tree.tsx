import { createContext, useContext, useState } from 'react';
import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { FIELD_CHILDREN_QUERY, FIELD_TREE_QUERY } from '../queries.js';
import { useGraphQL } from '../use-graphql.js';

/** One field as the API describes it: upstream text in English, kubedex's note in the page's language. */
interface FieldData {
  name: string;
  path: string;
  type: string;
  required: boolean;
  description: string | null;
  enum: string[] | null;
  note: string | null;
  hasChildren: boolean;
}

/** Where the upstream text comes from: Kubernetes' OpenAPI model, or an add-on's CRD schema. */
interface FieldSource {
  package: string;
  packageVersion: string;
  schema: string;
  release: { project: string; version: string | null };
}

interface FieldTreeData {
  resource: { fields: { apiVersion: string; kind: string; source: FieldSource; fields: FieldData[] } };
}

/** The project whose text the descriptions are (Kubernetes, Gateway API, ...), for every field of the tree. */
const UpstreamProject = createContext('Kubernetes');

interface FieldChildrenData {
  resource: { fields: { fields: { path: string; children: FieldData[] }[] } };
}

function FieldChildren({ resource, path }: { resource: string; path: string }) {
  const lang = useLang();
  const state = useGraphQL<FieldChildrenData>(FIELD_CHILDREN_QUERY, { name: resource, path, lang });
  return <Loaded state={state}>{(data) => <FieldList resource={resource} fields={data.resource.fields.fields[0]?.children ?? []} />}</Loaded>;
}

function FieldItem({ resource, field }: { resource: string; field: FieldData }) {
  const m = messagesFor(useLang());
  const project = useContext(UpstreamProject);
  const [opened, setOpened] = useState(false);
  const head = (
    <>
      <code className="field-name">{field.name}</code> <code className="field-type">{field.type}</code>
      {field.required && <span className="badge">{m.required}</span>}
    </>
  );
  const body = (
    <div className="field-body">
      {field.description && (
        <p lang="en">
          <span className="field-source">{m.upstreamText(project)}:</span> {field.description}
        </p>
      )}
      {field.enum && field.enum.length > 0 && (
        <p>
          <code>{field.enum.join(' | ')}</code>
        </p>
      )}
      {field.note && (
        <p className="field-note">
          <span className="field-source">{m.kubedexNote}:</span> {field.note}
        </p>
      )}
    </div>
  );
  if (!field.hasChildren)
    return (
      <li className="field field-leaf">
        <div className="field-head">{head}</div>
        {body}
      </li>
    );
  return (
    <li className="field">
      <details onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
        <summary className="field-head">{head}</summary>
        {body}
        {opened && <FieldChildren resource={resource} path={field.path} />}
      </details>
    </li>
  );
}

function FieldList({ resource, fields }: { resource: string; fields: FieldData[] }) {
  return (
    <ul className="field-list">
      {fields.map((field) => (
        <FieldItem key={field.path} resource={resource} field={field} />
      ))}
    </ul>
  );
}

/**
 * The kind's fields as `kubectl explain` shows them, opened one level at a time (each opening asks
 * the API for that field's children), with Kubernetes' description and kubedex's note side by side.
 */
export function FieldTree({ resource }: { resource: string }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<FieldTreeData>(FIELD_TREE_QUERY, { name: resource, lang });
  return (
    <section aria-labelledby="fields-heading" className="field-tree">
      <h2 id="fields-heading">{m.fieldTree}</h2>
      {/* A resource whose kind the reference lacks answers NOT_FOUND with the reason: say it, it is no failure. */}
      {state.status === 'error' && state.error.code === 'NOT_FOUND' ? (
        <p className="muted">{state.error.message}</p>
      ) : (
      <Loaded state={state}>
        {({ resource: { fields: tree } }) => (
          <UpstreamProject.Provider value={tree.source.release.project}>
            <p className="muted">
              {m.fieldTreeHint} <code>{tree.apiVersion}</code> {tree.kind} · {tree.source.release.project} {tree.source.release.version ?? m.releaseUnknown}
              {tree.source.schema === 'addon-crd' ? `, ${m.addonSchema}` : ''} ({tree.source.package} {tree.source.packageVersion})
            </p>
            <FieldList resource={resource} fields={tree.fields} />
          </UpstreamProject.Provider>
        )}
      </Loaded>
      )}
    </section>
  );
}
