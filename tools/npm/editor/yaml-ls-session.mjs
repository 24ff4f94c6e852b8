// Usage: node yaml-ls-session.mjs SCHEMA MODEL_FILE
// Drives Red Hat's yaml-language-server over LSP (stdio, JSON-RPC) as an
// editor would, on a model file that names SCHEMA in its modeline, and
// prints as JSON what it answered: the keys it completes on an empty line
// inside the first process, its hover on that process's `owner` key, and
// the diagnostics it publishes once the process's frequency is misspelt.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [schema, model] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const server = spawn(
  process.execPath,
  [join(here, "node_modules/yaml-language-server/bin/yaml-language-server"), "--stdio"],
  { stdio: ["pipe", "pipe", "inherit"] },
);
const settings = { yaml: { validate: true, hover: true, completion: true, schemas: {} } };

let buffer = Buffer.alloc(0);
let nextId = 1;
const waiting = new Map();
const notifications = [];
const watchers = [];

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => waiting.set(id, resolve));
}

function received(message) {
  if (message.id !== undefined && message.method === undefined) {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  } else if (message.id !== undefined) {
    // A request from the server: the settings it asks for, or null.
    const result =
      message.method === "workspace/configuration"
        ? message.params.items.map((item) => settings[item.section] ?? null)
        : null;
    send({ id: message.id, result });
  } else {
    notifications.push(message);
    watchers.forEach((watch) => watch());
  }
}

server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    received(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
    buffer = buffer.subarray(end + 4 + length);
  }
});

function diagnosticsFor(uri) {
  return new Promise((resolve) => {
    const look = () => {
      const found = notifications.find(
        (n) =>
          n.method === "textDocument/publishDiagnostics" &&
          n.params.uri === uri &&
          n.params.diagnostics.length > 0,
      );
      if (found) resolve(found.params.diagnostics);
    };
    watchers.push(look);
    look();
  });
}

const timer = setTimeout(() => {
  console.error("yaml-language-server did not answer in time");
  process.exit(3);
}, 60000);

const uri = pathToFileURL(model).href;
const original = `# yaml-language-server: $schema=${schema}\n${readFileSync(model, "utf8")}`;
const lines = original.split("\n");
const ownerLine = lines.findIndex((line) => /^\s+owner: /.test(line));
const ownerColumn = lines[ownerLine].indexOf("owner");
// An empty line, indented like the process's keys, just after its owner.
lines.splice(ownerLine + 1, 0, " ".repeat(ownerColumn));
const text = lines.join("\n");

await request("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(dirname(model)).href,
  capabilities: {
    workspace: { configuration: true },
    textDocument: {
      completion: { completionItem: { snippetSupport: false, documentationFormat: ["markdown"] } },
      hover: { contentFormat: ["markdown", "plaintext"] },
      publishDiagnostics: { versionSupport: true },
    },
  },
});
send({ method: "initialized", params: {} });
send({ method: "workspace/didChangeConfiguration", params: { settings } });
send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } });

const completion = await request("textDocument/completion", {
  textDocument: { uri },
  position: { line: ownerLine + 1, character: ownerColumn },
});
const hover = await request("textDocument/hover", {
  textDocument: { uri },
  position: { line: ownerLine, character: ownerColumn + 2 },
});

const misspelt = text.replace(/frequency: [a-z-]+/, "frequency: every-other-week");
send({
  method: "textDocument/didChange",
  params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: misspelt }] },
});
const diagnostics = await diagnosticsFor(uri);

const items = completion.result?.items ?? completion.result ?? [];
console.log(
  JSON.stringify(
    {
      completion: items.map((item) => item.label).sort(),
      hover: hover.result?.contents?.value ?? JSON.stringify(hover.result),
      diagnostics: diagnostics.map((d) => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        message: d.message,
      })),
    },
    null,
    2,
  ),
);
clearTimeout(timer);
await request("shutdown", null);
send({ method: "exit" });
server.kill();
process.exit(0);
