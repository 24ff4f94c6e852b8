// Usage: node validate-json.mjs SCHEMA FILE...
// Validates each JSON file against a JSON schema (draft-07) with ajv and its
// formats; prints every error and exits 1 when a file is invalid.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate-json.mjs SCHEMA FILE...");
  process.exit(2);
}

// strict mode judges how a schema is written; the SARIF schema is not ours to change.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let failed = false;
for (const file of files) {
  if (validate(JSON.parse(readFileSync(file, "utf8")))) {
    continue;
  }
  failed = true;
  for (const error of validate.errors) {
    console.error(`${file}: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
  }
}
process.exit(failed ? 1 : 0);
