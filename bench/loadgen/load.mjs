// Open-loop sending in steps: a fixed schedule of sends that never waits for an ack, then a
// drain, then the step's latency, loss, duplicates and ordering by sequence number.
import { CpuMeter, Samples, sleep } from "./stats.mjs";

const BODIES = [
  "I noticed the pull again this week, and I did not answer the message.",
  "Thank you for sharing that. It helps to hear I am not the only one.",
  "Today was hard, but I remembered what we said about the cycle.",
  "I am still learning to trust my own read on things.",
  "Writing it down before reacting has helped me more than I expected.",
];

class Step {
  constructor(index, rate, seconds) {
    Object.assign(this, { index, rate, seconds, sent: 0, acked: 0, delivered: 0 });
    Object.assign(this, { duplicate: 0, outOfOrder: 0, errors: {}, sendSeconds: 0 });
    this.ackedSeqs = new Map();
    this.latency = new Samples(1 << 16);
    this.ackMs = new Samples();
    this.sendLag = new Samples();
  }

  /** The worst latency of messages sent in each 100 ms slice (spec.timeline), to see stalls. */
  track(sentAt, latency) {
    if (this.origin === undefined) this.origin = sentAt;
    const slot = Math.floor((sentAt - this.origin) / 100);
    this.timeline[slot] = Math.max(this.timeline[slot] || 0, Math.round(latency));
  }

  error(code) {
    this.errors[code] = (this.errors[code] || 0) + 1;
  }

  get answered() {
    return this.acked + Object.values(this.errors).reduce((a, b) => a + b, 0);
  }
}

/** Sends and tracks deliveries for every step of one run over a connected fleet. */
export class Stepper {
  constructor(fleet, spec, mark) {
    this.fleet = fleet;
    this.spec = spec;
    this.mark = mark;
    this.steps = [];
    this.cursor = 0;
    this.unknown = 0;
    this.byMeeting = new Map();
    for (const member of fleet.joinedMembers()) {
      const list = this.byMeeting.get(member.meeting.index) || [];
      list.push(member);
      this.byMeeting.set(member.meeting.index, list);
    }
  }

  /** Called by the fleet for every chat_message a member receives. */
  deliver(member, payload, now) {
    const parts = String(payload.client_id).split(".");
    const step = parts[0][0] === "s" ? this.steps[Number(parts[0].slice(1))] : undefined;
    const state = member.see(payload.seq);
    if (!step) {
      this.unknown++;
      return;
    }
    if (state === "duplicate") {
      step.duplicate++;
      return;
    }
    if (state === "out_of_order") step.outOfOrder++;
    step.delivered++;
    const sentAt = Number(parts[3]) / 1000;
    step.latency.add(now - sentAt);
    if (step.timeline) step.track(sentAt, now - sentAt);
  }

  send(step, member, scheduled, now) {
    const clientId = `s${step.index}.${member.index}.${member.sent++}.${Math.round(scheduled * 1000)}`;
    const body = BODIES[member.sent % BODIES.length];
    step.sent++;
    step.sendLag.add(now - scheduled);
    const payload = { meeting_id: member.meeting.id, client_id: clientId, body };
    const sent = member.client.emit("send", payload, (ack) => {
      if (!ack || !ack.ok) return step.error((ack && ack.error && ack.error.code) || "bad_ack");
      step.acked++;
      step.ackMs.add(performance.now() - scheduled);
      const seqs = this.ackedSeqs(step, member.meeting.index);
      seqs.push(ack.seq);
    });
    if (!sent) step.error("not_connected");
  }

  ackedSeqs(step, meetingIndex) {
    let seqs = step.ackedSeqs.get(meetingIndex);
    if (!seqs) step.ackedSeqs.set(meetingIndex, (seqs = []));
    return seqs;
  }

  /** The fixed schedule: message k is due at start + k / rate, whatever the server does. */
  sendPhase(step, senders) {
    const interval = 1000 / step.rate;
    const total = Math.round(step.rate * step.seconds);
    const start = performance.now() + 2;
    let k = 0;
    return new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        while (k < total && start + k * interval <= now) {
          const member = senders[this.cursor++ % senders.length];
          this.send(step, member, start + k * interval, now);
          k++;
        }
        if (k >= total) {
          step.sendSeconds = (performance.now() - start) / 1000;
          return resolve();
        }
        setTimeout(tick, Math.max(1, Math.floor(start + k * interval - performance.now())));
      };
      tick();
    });
  }

  expected(step) {
    let total = 0;
    for (const [m, seqs] of step.ackedSeqs) total += seqs.length * this.byMeeting.get(m).length;
    return total;
  }

  async drain(step) {
    const deadline = performance.now() + (this.spec.drain_ms ?? 5000);
    while (performance.now() < deadline) {
      if (step.answered >= step.sent && step.delivered >= this.expected(step)) return;
      await sleep(20);
    }
  }

  lost(step) {
    let lost = 0;
    for (const [m, seqs] of step.ackedSeqs) {
      for (const member of this.byMeeting.get(m)) {
        for (const seq of seqs) if (!member.hasSeen(seq)) lost++;
      }
    }
    return lost;
  }

  async runStep(index, rate, seconds, senders) {
    const step = new Step(index, rate, seconds);
    if (this.spec.timeline) step.timeline = [];
    this.steps.push(step);
    this.mark(`step${index}:start`);
    const cpu = new CpuMeter().start();
    await this.sendPhase(step, senders);
    this.mark(`step${index}:sent`);
    await this.drain(step);
    this.mark(`step${index}:done`);
    const generator = cpu.stop();
    return this.report(step, generator);
  }

  report(step, generator) {
    const latency = step.latency.summary();
    const lost = this.lost(step);
    const unacked = step.sent - step.answered;
    const limit = this.spec.p99_limit_ms ?? 50;
    const errors = Object.values(step.errors).reduce((a, b) => a + b, 0);
    return {
      step: step.index,
      target_in_per_s: step.rate,
      seconds: step.seconds,
      sent: step.sent,
      acked: step.acked,
      send_errors: step.errors,
      unacked,
      achieved_in_per_s: Math.round(step.sent / step.sendSeconds),
      expected_deliveries: this.expected(step),
      delivered: step.delivered,
      deliveries_per_s: Math.round(step.delivered / step.sendSeconds),
      lost,
      duplicated: step.duplicate,
      out_of_order: step.outOfOrder,
      latency_ms: latency,
      ack_ms: step.ackMs.summary(),
      send_lag_ms: step.sendLag.summary(),
      generator_cpu: generator,
      ...(step.timeline ? { timeline_max_ms: Array.from(step.timeline, (v) => v || 0) } : {}),
      ok: errors === 0 && unacked === 0 && lost === 0 && latency.p99 !== null && latency.p99 <= limit,
    };
  }
}
