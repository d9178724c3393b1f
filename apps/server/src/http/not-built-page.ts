import type { StaticApp } from './static-files.js';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A plain page (no inline style or script, which the CSP forbids) saying what to run. */
export function notBuiltPage(app: Pick<StaticApp, 'name' | 'buildCommand'>): string {
  const name = escapeHtml(app.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Not built yet: ${name} - Inspection Response Register</title>
</head>
<body>
<main>
<h1>${name.charAt(0).toUpperCase()}${name.slice(1)} is not built yet</h1>
<p>The server is running, but there are no built files for ${name} to serve.</p>
<p>Build it with <code>${escapeHtml(app.buildCommand)}</code>, then reload this page.</p>
<p>The API is available at <a href="/trpc/public.organisations">/trpc</a> and the health check at <a href="/healthz">/healthz</a>.</p>
</main>
</body>
</html>
`;
}
