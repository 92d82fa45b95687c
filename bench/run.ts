import { benchEngine, printEngine } from "./engine.ts";

console.log(`Status Bot benchmarks · node ${process.version} · ${new Date().toISOString()}\n`);
printEngine(benchEngine());
