// Usage: node validate-yaml.mjs SCHEMA FILE...
// Reads each YAML file as JSON with the yaml package and validates it against
// a JSON schema (draft-07) with ajv. Prints every problem as
// FILE:LINE:COLUMN: PATH MESSAGE, at the YAML node it concerns (the key of
// an unknown property), and exits 1 when a file is invalid. A repeated key
// is left to bizmap (duplicate-key): JSON has no way to write one.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate-yaml.mjs SCHEMA FILE...");
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

function segments(pointer) {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeOf(document, error) {
  const path = segments(error.instancePath);
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  if (error.keyword === "additionalProperties" && isMap(node)) {
    const pair = node.items.find(
      (p) => isScalar(p.key) && String(p.key.value) === error.params.additionalProperty,
    );
    return pair ? pair.key : node;
  }
  return node;
}

let failed = false;
for (const file of files) {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines, uniqueKeys: false });
  const place = (offset) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  for (const error of document.errors) {
    failed = true;
    console.log(`${place(error.pos[0])}: yaml ${error.message.split("\n")[0]}`);
  }
  if (document.errors.length > 0 || validate(document.toJS())) {
    continue;
  }
  failed = true;
  for (const error of validate.errors) {
    const node = nodeOf(document, error);
    const offset = node && node.range ? node.range[0] : 0;
    console.log(`${place(offset)}: ${error.instancePath || "/"} ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
