// Join storm: members arrive on a fixed schedule (open loop), each connects, joins with
// last_seq 0 and must get the whole backlog in the join ack: "joined and caught up".
import { CpuMeter, Samples, rng, shuffle, sleep } from "./stats.mjs";

export async function runStorm(fleet, spec, mark) {
  const arrivals = shuffle(fleet.members, rng(spec.seed ?? 7));
  const windowMs = (spec.window_s ?? 0) * 1000;
  const total = new Samples();
  const connectMs = new Samples();
  const joinMs = new Samples();
  const failures = {};
  let caughtUp = 0;
  const cpu = new CpuMeter().start();
  const start = performance.now() + 5;
  mark("storm:start");
  const arrive = async (member, k) => {
    const scheduled = start + (arrivals.length > 1 ? (k * windowMs) / (arrivals.length - 1) : 0);
    await sleep(Math.max(0, scheduled - performance.now()));
    try {
      await fleet.open(member);
      const t1 = performance.now();
      const ack = await fleet.join(member);
      const t2 = performance.now();
      connectMs.add(t1 - scheduled);
      joinMs.add(t2 - t1);
      total.add(t2 - scheduled);
      if ((ack.messages || []).length === spec.backlog && !ack.more) caughtUp++;
    } catch (err) {
      failures[err.message] = (failures[err.message] || 0) + 1;
    }
  };
  await Promise.all(arrivals.map(arrive));
  mark("storm:done");
  return {
    members: arrivals.length,
    window_s: windowMs / 1000,
    backlog: spec.backlog,
    joined: fleet.members.filter((m) => m.joined).length,
    caught_up: caughtUp,
    failures,
    joined_and_caught_up_ms: total.summary(),
    connect_ms: connectMs.summary(),
    join_ack_ms: joinMs.summary(),
    generator_cpu: cpu.stop(),
  };
}
