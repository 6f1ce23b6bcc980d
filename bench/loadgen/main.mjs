// Steady's load generator. Usage: node main.mjs SPEC.json
// SPEC: {mode: "load" | "storm", servers: [url], meetings: [{id, tokens}], deflate, ...}.
// Progress goes to stderr; stdout carries "MARK <label>" lines (the orchestrator samples the
// server's CPU and memory at each), "READY" when it should measure and answer "GO", and one
// final "RESULT <json>" line.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Fleet } from "./fleet.mjs";
import { Stepper } from "./load.mjs";
import { runStorm } from "./storm.mjs";
import { CpuMeter, rng, shuffle } from "./stats.mjs";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const mark = (label) => process.stdout.write(`MARK ${label}\n`);
const log = (text) => process.stderr.write(`loadgen: ${text}\n`);

/** Let the orchestrator measure the server with everyone connected, then carry on. */
async function pause(label) {
  if (!spec.pause) return;
  process.stdout.write(`READY ${label}\n`);
  await lines.next();
}

async function load() {
  let stepper = null;
  const fleet = new Fleet(spec, (member, payload, now) => stepper && stepper.deliver(member, payload, now));
  const cpu = new CpuMeter().start();
  const setup = await fleet.connectAndJoin(spec.concurrency ?? 100);
  setup.generator_cpu = cpu.stop();
  log(`joined ${setup.joined}/${setup.members}`);
  await pause("joined");
  stepper = new Stepper(fleet, spec, mark);
  const senders = shuffle(fleet.joinedMembers(), rng(spec.seed ?? 1));
  const steps = [];
  let failures = 0;
  for (const [i, { rate, seconds }] of spec.steps.entries()) {
    const result = await stepper.runStep(i, rate, seconds, senders);
    log(`step ${i}: ${rate}/s in, p99 ${result.latency_ms.p99} ms, lost ${result.lost}, ok ${result.ok}`);
    steps.push(result);
    // Stepping stops after this many failed steps in a row (0: run every step).
    failures = result.ok ? 0 : failures + 1;
    if (spec.stop_after_failures && failures >= spec.stop_after_failures) break;
  }
  fleet.closeAll();
  return { mode: "load", setup, steps, events: fleet.events, unknown_deliveries: stepper.unknown };
}

async function storm() {
  const fleet = new Fleet(spec, () => {});
  const result = await runStorm(fleet, spec, mark);
  log(`storm: ${result.caught_up}/${result.members} caught up`);
  await pause("joined");
  fleet.closeAll();
  return { mode: "storm", ...result, events: fleet.events };
}

const result = spec.mode === "storm" ? await storm() : await load();
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
// Closing frames need a moment to leave; the sockets are ours to drop after that.
setTimeout(() => process.exit(0), 300);
