// JavaScript numbers: 1000000000, -0.000008100000073, 1e+21 style when large.
const lines = require("fs").readFileSync(0, "utf8").trim().split("\n");
const n = Number(lines[0]);
const out = [];
for (let i = 1; i <= n; i++) out.push(String(1 / Number(lines[i])));
console.log(out.join("\n"));
