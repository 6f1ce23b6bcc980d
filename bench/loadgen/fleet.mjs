// The members of a run: one socket each, spread over the servers, tracking what they receive.
import { SioClient } from "./sio.mjs";
import { Samples, pool } from "./stats.mjs";

/** One participant: its socket and which sequence numbers of its meeting it has seen. */
export class Member {
  constructor(index, meeting, slot, token, server) {
    this.index = index;
    this.meeting = meeting;
    this.slot = slot;
    this.token = token;
    this.server = server;
    this.client = null;
    this.joined = false;
    this.seen = new Uint8Array(256);
    this.maxSeq = 0;
    this.sent = 0;
  }

  /** Record seq; returns "new", "duplicate" or "out_of_order". */
  see(seq) {
    if (seq >= this.seen.length) {
      const bigger = new Uint8Array(Math.max(seq + 1, this.seen.length * 2));
      bigger.set(this.seen);
      this.seen = bigger;
    }
    if (this.seen[seq]) return "duplicate";
    this.seen[seq] = 1;
    if (seq < this.maxSeq) return "out_of_order";
    this.maxSeq = seq;
    return "new";
  }

  hasSeen(seq) {
    return seq < this.seen.length && this.seen[seq] === 1;
  }
}

/**
 * Every member of every meeting in the spec. Member i of a meeting talks to server
 * i % servers.length, so with two workers each meeting is split across both.
 */
export class Fleet {
  constructor(spec, onDelivery) {
    this.spec = spec;
    this.onDelivery = onDelivery;
    this.members = [];
    this.events = { presence: 0, error: 0, other: 0, disconnects: 0 };
    spec.meetings.forEach((meeting, m) => {
      meeting.tokens.forEach((token, slot) => {
        const server = spec.servers[slot % spec.servers.length];
        this.members.push(new Member(this.members.length, { index: m, id: meeting.id }, slot, token, server));
      });
    });
  }

  open(member) {
    const client = new SioClient(
      member.server,
      { token: member.token },
      (name, payload) => this.dispatch(member, name, payload),
      { deflate: this.spec.deflate },
    );
    client.onClose = () => this.events.disconnects++;
    member.client = client;
    return client.connect(this.spec.connect_timeout_ms ?? 30000);
  }

  dispatch(member, name, payload) {
    if (name === "chat_message") this.onDelivery(member, payload, performance.now());
    else if (name in this.events) this.events[name]++;
    else this.events.other++;
  }

  async join(member) {
    const ack = await member.client.call("join", { meeting_id: member.meeting.id, last_seq: 0 });
    if (!ack || !ack.ok) throw new Error(`join refused: ${JSON.stringify(ack && ack.error)}`);
    for (const message of ack.messages || []) member.see(message.seq);
    member.joined = true;
    return ack;
  }

  /** Connect and join everyone, `concurrency` at a time; returns timings and failures. */
  async connectAndJoin(concurrency) {
    const connectMs = new Samples();
    const joinMs = new Samples();
    const failures = {};
    await pool(this.members, concurrency, async (member) => {
      const t0 = performance.now();
      try {
        await this.open(member);
        const t1 = performance.now();
        connectMs.add(t1 - t0);
        await this.join(member);
        joinMs.add(performance.now() - t1);
      } catch (err) {
        failures[err.message] = (failures[err.message] || 0) + 1;
      }
    });
    return {
      members: this.members.length,
      joined: this.members.filter((m) => m.joined).length,
      connect_ms: connectMs.summary(),
      join_ms: joinMs.summary(),
      failures,
    };
  }

  joinedMembers() {
    return this.members.filter((m) => m.joined);
  }

  closeAll() {
    for (const member of this.members) if (member.client) member.client.close();
  }
}
