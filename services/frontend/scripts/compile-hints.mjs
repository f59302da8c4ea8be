// `node scripts/compile-hints.mjs DIST` (a production build's browser folder), run after every
// `ng build`: marks the scripts index.html loads at start (its module script and modulepreloads)
// for eager compilation with V8's explicit compile hint, a `//# allFunctionsCalledOnLoad` comment
// as their first line (Chromium 136 and later; other engines read a comment).
//
// Why: nearly every function of these scripts runs before the first chart is drawn (bootstrap,
// sign-in, catalog, the chart). Compiled lazily, V8 pre-parses each while the script loads and
// parses and compiles it again on the main thread at its first call, which falls in the tasks
// that draw the first chart. With the hint it compiles them once, on a background thread, while
// the script streams in. The lazy chunks (the live client) stay lazy: most pages never load them.
// Idempotent: a marked file is left as it is. Esbuild keeps no comment but legal ones, so the
// build itself cannot emit it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** The scripts index.html loads at start: `<script src>` and `<link rel="modulepreload" href>`. */
export function initialScripts(indexHtml) {
  const names = new Set();
  for (const [tag] of indexHtml.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+\.js)"/.exec(tag)?.[1];
    const preload = /\brel="modulepreload"/.test(tag) ? /\bhref="([^"]+\.js)"/.exec(tag)?.[1] : undefined;
    for (const name of [src, preload]) if (name && !/^[a-z]+:|^\/\//.test(name)) names.add(name);
  }
  return [...names];
}

/** Prepends the hint to each initial script of `dist`; returns the files it marked. */
export function markInitialScripts(dist) {
  const marked = [];
  for (const name of initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'))) {
    const path = join(dist, name);
    const code = readFileSync(path, 'utf8');
    if (code.startsWith(HINT)) continue;
    writeFileSync(path, HINT + code);
    // A source map (a build with --source-map) gets an empty first line: its mappings follow the code down.
    if (existsSync(`${path}.map`)) {
      const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
      writeFileSync(`${path}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
    }
    marked.push(name);
  }
  return marked;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/compile-hints.mjs DIST');
  const marked = markInitialScripts(dist);
  console.log(`compile hints: ${marked.length ? marked.join(', ') : 'every initial script marked already'}`);
}
