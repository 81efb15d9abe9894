// Lint Cypher files with the official Neo4j parser (@neo4j-cypher/language-support).
// Usage: node tests/js/lint_cypher.mjs FILE...
// Prints one JSON object: {"<file>": [{"severity", "message", "line", "character"}, ...], ...}
// with every diagnostic (severity 1 = error, 2 = warning) except "Parameter $x is not defined":
// the files take their parameters at run time. Exit status 0 unless a file cannot be read.
import { readFileSync } from "node:fs";
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";

const report = {};
for (const file of process.argv.slice(2)) {
  const { diagnostics } = lintCypherQuery(readFileSync(file, "utf8"), {});
  report[file] = diagnostics.filter(isNotParamError).map((d) => ({
    severity: d.severity,
    message: d.message,
    line: d.range.start.line + 1,
    character: d.range.start.character + 1,
  }));
}
process.stdout.write(JSON.stringify(report));
