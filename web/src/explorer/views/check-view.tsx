import { useState, type FormEvent } from 'react';
import { GraphQLRequestError, requestGraphQL } from '../graphql-client.js';
import { useLang } from '../language.js';
import { LoadError, Loading } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { CHECK_QUERY } from '../queries.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';

interface CheckData {
  checkManifests: {
    checked: number;
    kubernetesVersion: string;
    findings: {
      index: number;
      kind: string | null;
      apiVersion: string | null;
      name: string | null;
      severity: string;
      message: string;
      path: string | null;
      removedIn: string | null;
      replacement: string | null;
      resource: ResourceLink | null;
    }[];
  };
}

const RELEASES = Array.from({ length: 21 }, (_, i) => `v1.${36 - i}`);

const EXAMPLE = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: web
spec:
  backend:
    serviceName: web
    servicePort: 80
---
apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: busybox:1.36
`;

type CheckState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: GraphQLRequestError } | { status: 'done'; data: CheckData['checkManifests'] };

/** Paste manifests, pick a release, see what that cluster would refuse or warn about (GraphQL `checkManifests`). */
export function CheckView() {
  const lang = useLang();
  const m = messagesFor(lang);
  const [manifests, setManifests] = useState(EXAMPLE);
  const [release, setRelease] = useState('v1.25');
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const run = () => {
    setState({ status: 'loading' });
    requestGraphQL<CheckData>(CHECK_QUERY, { manifests, kubernetesVersion: release, lang }).then(
      (data) => setState({ status: 'done', data: data.checkManifests }),
      (error: unknown) => setState({ status: 'error', error: error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error)) }),
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run();
  };
  return (
    <article>
      <h1>{m.checkTitle}</h1>
      <p>{m.checkIntro}</p>
      <form className="check-form" onSubmit={onSubmit}>
        <label htmlFor="check-manifests">{m.checkManifest}</label>
        <textarea id="check-manifests" rows={14} spellCheck={false} value={manifests} onChange={(event) => setManifests(event.target.value)} />
        <div className="check-controls">
          <label>
            {m.checkVersion}{' '}
            <select value={release} onChange={(event) => setRelease(event.target.value)}>
              {RELEASES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{m.checkSubmit}</button>
        </div>
      </form>
      <div aria-live="polite">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadError error={state.error} retry={run} />}
        {state.status === 'done' && (
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">
              {m.checkFindings(state.data.findings.length, state.data.checked, state.data.kubernetesVersion)}
            </h2>
            {state.data.findings.length === 0 ? (
              <p className="state state-empty">{m.checkClean}</p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="findings-heading">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{m.document}</th>
                      <th scope="col">{m.severity}</th>
                      <th scope="col">{m.apiVersion}</th>
                      <th scope="col">{m.message}</th>
                      <th scope="col">{m.replacement}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.data.findings.map((f, i) => (
                      <tr key={i}>
                        <th scope="row">
                          #{f.index + 1} {f.kind ?? ''} {f.name ?? ''}
                        </th>
                        <td>
                          <span className={`badge severity-${f.severity.toLowerCase()}`}>{f.severity.toLowerCase()}</span>
                        </td>
                        <td>
                          <code>{f.apiVersion ?? '—'}</code>
                        </td>
                        <td>
                          {f.message}
                          {f.path && (
                            <>
                              {' '}
                              <code>{f.path}</code>
                            </>
                          )}
                          {f.resource && (
                            <>
                              {' '}
                              (<ResourceAnchor resource={f.resource} />)
                            </>
                          )}
                        </td>
                        <td>{f.replacement ? <code>{f.replacement}</code> : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )}
      </div>
    </article>
  );
}
