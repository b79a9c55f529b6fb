// Parses Mermaid files with the real Mermaid parser (npm `mermaid`, installed by
// mermaid_install.sh) and prints, per file, what the parser understood, as one JSON line:
//   {"file": F, "entities": [{"name": alias, "label": text, "attributes": [names]}], "relationships": N}
// or {"file": F, "error": message}. Labels are decoded as Mermaid decodes them when it draws
// (`#quot;` is '"'). Exit 1 when any file does not parse.
//   node mermaid_parse.mjs <install folder> FILE...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, ...files] = process.argv.slice(2);
// The module is resolved from the install folder, not from this script's folder.
const require = createRequire(join(folder, 'package.json'));
const { default: mermaid } = await import(pathToFileURL(require.resolve('mermaid')));

// Mermaid hides `#name;` and `#123;` from its lexer as these markers, and turns them back into
// HTML entities in the SVG.
const named = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const decode = (text) =>
  text
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (whole, entity) => named[entity] ?? whole);

let failed = false;
await mermaid.parse('erDiagram\n');  // registers the diagram types getDiagramFromText needs
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  try {
    await mermaid.parse(source);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    if (diagram.type !== 'er') throw new Error(`a ${diagram.type} diagram, not erDiagram`);
    const entities = [...diagram.db.getEntities().entries()].map(([name, entity]) => ({
      name,
      label: decode(entity.alias ?? ''),
      attributes: entity.attributes.map((a) => a.name),
    }));
    console.log(JSON.stringify({ file, entities, relationships: diagram.db.getRelationships().length }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, error: String(error.message ?? error) }));
  }
}
process.exit(failed ? 1 : 0);
