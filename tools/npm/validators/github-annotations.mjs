// Usage: node github-annotations.mjs ANNOTATIONS.json
// Prints, through the Actions toolkit's own functions, the workflow commands
// for a JSON array of {level, message, title, file, line, col, endColumn}, so
// a test can compare them with bizmap's `--format github`.
import { readFileSync } from "node:fs";
import * as core from "@actions/core";

const annotations = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const { level, message, title, file, line, col, endColumn } of annotations) {
  core[level](message, { title, file, startLine: line, startColumn: col, endColumn });
}
