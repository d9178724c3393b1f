/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from '@irr/api/rest';
import { Fragment, type ReactNode } from 'react';

/** Text with `code` in backticks, as the API's descriptions write it. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]+`)/)
        .map((part, i) =>
          part.startsWith('`') && part.endsWith('`') ? (
            <code key={i}>{part.slice(1, -1)}</code>
          ) : (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
    </>
  );
}

/** A parameter's type in words: "whole number, 1 to 100", "one of: open, closed". */
function typeInWords(schema: Record<string, unknown>): string {
  const values = schema.enum as unknown[] | undefined;
  if (values) return `one of: ${values.join(', ')}`;
  if (schema.type === 'integer' || schema.type === 'number') {
    const noun = schema.type === 'integer' ? 'whole number' : 'number';
    const [min, max] = [schema.minimum, schema.maximum] as (number | undefined)[];
    const sane = (n: number | undefined) => n !== undefined && Math.abs(n) < 1e9;
    if (sane(min) && sane(max)) return `${noun}, ${min} to ${max}`;
    return noun;
  }
  if (schema.format === 'date' || (schema.pattern as string | undefined)?.includes('\\d{4}'))
    return 'date (YYYY-MM-DD)';
  return 'text';
}

const anchorOf = (op: OpenApiOperation) =>
  op.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function ParameterTable({
  id,
  name,
  parameters,
}: {
  id: string;
  name: string;
  parameters: OpenApiParameter[];
}) {
  if (parameters.length === 0) return <p>No parameters.</p>;
  return (
    <StackedTable
      id={id}
      caption={<>Parameters of “{name}”</>}
      headers={['Name', 'Where', 'Type', 'Meaning']}
    >
      {parameters.map((p) => (
        <tr key={p.name}>
          <th scope="row">
            <code>{p.name}</code>
          </th>
          <td>{p.in === 'path' ? 'in the path' : p.required ? 'query, required' : 'query'}</td>
          <td>{typeInWords(p.schema)}</td>
          <td>
            <Prose text={p.description} />
            {p.schema.default !== undefined && <> Default {JSON.stringify(p.schema.default)}.</>}
          </td>
        </tr>
      ))}
    </StackedTable>
  );
}

function Endpoint({ path, op }: { path: string; op: OpenApiOperation }): ReactNode {
  const anchor = anchorOf(op);
  return (
    <section aria-labelledby={anchor}>
      <h3 id={anchor}>{op.summary}</h3>
      <p>
        <code>GET /api/v1{path}</code>
      </p>
      <p>
        <Prose text={op.description} />
      </p>
      <ParameterTable id={`${anchor}-parameters`} name={op.summary} parameters={op.parameters} />
    </section>
  );
}

/** The read API's documentation, made from its OpenAPI description so the two always agree. */
export function ApiPage({ api }: { api: OpenApiDocument }) {
  const server = api.servers[0]!.url;
  const endpoints = Object.entries(api.paths);
  return (
    <>
      <h1>API for developers</h1>
      <p className="lead">
        Everything the register publishes can be read by programs as JSON: forces, reports,
        responses with their versions, findings with their history, and search. No key is needed.
      </p>
      <p>
        The API is described for tools by <a href="/api/openapi.json">its OpenAPI 3.1 document</a>{' '}
        (every answer’s fields are there). Addresses start with <code>{server}</code>. The same data
        comes as CSV and JSON downloads on the <a href="/open-data">open data</a> page, under the
        same licence: the Open Government Licence v3.0.
      </p>
      <h2>How it works</h2>
      <ul>
        <li>
          <strong>Paging.</strong> Lists that grow come a page at a time. Each answer has{' '}
          <code>next</code>: send it back as <code>cursor</code> for the next page, until it is{' '}
          <code>null</code>. The <code>Link</code> header carries the same address. A page you are
          reading does not shift when something is published meanwhile.
        </li>
        <li>
          <strong>Caching.</strong> Every answer has an <code>ETag</code>. Send it back in{' '}
          <code>If-None-Match</code> and an unchanged answer comes as <code>304 Not Modified</code>{' '}
          with no body.
        </li>
        <li>
          <strong>From web pages.</strong> Any site or notebook in a browser may call the API, the
          feeds and the downloads (CORS allows every origin for GET).
        </li>
        <li>
          <strong>Errors.</strong> A request the API cannot answer gets a status (400, 404, 429) and
          a JSON problem saying what is wrong and which parameter (<code>field</code>); an unknown
          parameter is refused with the list of those allowed.
        </li>
        <li>
          <strong>Limits.</strong> Search is limited per address, as it is on the portal; over the
          limit the answer is <code>429</code> with <code>Retry-After</code> in seconds.
        </li>
      </ul>
      <h2>Examples</h2>
      <p>With curl, every force as JSON:</p>
      <pre>
        <code>{`curl -s ${server}/forces`}</code>
      </pre>
      <p>With Python and nothing to install, every recommendation still in progress:</p>
      <pre>
        <code>{`import json, urllib.parse, urllib.request

base = "${server}"
query = {"kind": "recommendation", "status": "in_progress", "limit": 100}
findings = []
while True:
    with urllib.request.urlopen(f"{base}/findings?{urllib.parse.urlencode(query)}") as answer:
        page = json.load(answer)
    findings += page["findings"]
    if page["next"] is None:
        break
    query["cursor"] = page["next"]
print(len(findings), "recommendations in progress")`}</code>
      </pre>
      <h2>Endpoints</h2>
      <ul>
        {endpoints.map(([path, { get: op }]) => (
          <li key={path}>
            <a href={`#${anchorOf(op)}`}>{op.summary}</a>: <code>{path}</code>
          </li>
        ))}
      </ul>
      {api.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name.toLowerCase()}`}>
          <h2 id={`tag-${tag.name.toLowerCase()}`}>{tag.name}</h2>
          <p>{tag.description}</p>
          {endpoints
            .filter(([, { get: op }]) => op.tags.includes(tag.name))
            .map(([path, { get: op }]) => (
              <Endpoint key={path} path={path} op={op} />
            ))}
        </section>
      ))}
    </>
  );
}
