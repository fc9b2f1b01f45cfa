// Times Mozilla Readability.js (with jsdom) on every .html file of a folder, as
// `currents bench extraction` times Currents: one pass to warm up, then timed passes, in CPU time.
// Usage: node readability-bench.js DIR PASSES. Prints one JSON line: {"pages", "seconds", "chars"}.
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [dir, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || "3");
const pages = fs.readdirSync(dir).filter((f) => f.endsWith(".html")).sort()
  .map((f) => ({ html: fs.readFileSync(path.join(dir, f), "utf8"), url: "http://example.com/" + f }));
// Pages log CSS parse errors and the like; they are not the bench's business.
const quiet = new VirtualConsole();

function extractAll() {
  let chars = 0;
  for (const page of pages) {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    chars += article && article.textContent ? article.textContent.length : 0;
    dom.window.close();
  }
  return chars;
}

extractAll();
// CPU time, as the Java side measures: the machine may be shared.
const start = process.cpuUsage();
let chars = 0;
for (let i = 0; i < passes; i++) {
  chars += extractAll();
}
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(JSON.stringify({ pages: pages.length * passes, seconds, chars }));
