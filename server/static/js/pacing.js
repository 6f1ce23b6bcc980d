// Pacing in the meeting room: the agenda clock, sharing rounds, raised hands and chat mode.
// The server holds the state and broadcasts it (pacing_state); this page draws the newest
// version and runs the clocks itself from that state's figures: the server never ticks.
// Facilitators send the version they drew, so two of them can never both move the agenda.
(function () {
  "use strict";
  var room = window.SteadyRoom;
  var panel = document.getElementById("pacing");
  if (!room || !panel) { return; }
  var socket = room.socket;
  var last = null;          // the newest PacingState drawn
  var arrived = 0;          // performance.now() when it arrived
  var me = null;            // this participant's id, from the join ack
  var ended = false;
  var shownSegment = null;  // the segment index whose text is on screen
  var notes = {};           // staff: segment index -> {facilitator_notes, facilitator_notes_html}

  var TURN_MODES = {
    open: "Open conversation.",
    round: "A sharing round: each person in turn.",
    hands: "Raise your hand to speak.",
    silent: "Quiet time."
  };
  var CHAT_MODES = {
    open: "",
    locked: "Chat is paused: only facilitators can post for now.",
    slow: "Slow chat: one message every {n} seconds.",
    round: "Only the person sharing can post; the rest of us listen."
  };
  var REFUSALS = ["chat_locked", "slow_mode", "not_your_turn", "no_speaker", "not_present"];

  function $(id) { return document.getElementById(id); }
  function setText(node, text) { if (node && node.textContent !== text) { node.textContent = text; } }
  function nameOf(id) { return (last && last.names[id]) || "Someone"; }
  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function clockText(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h ? h + ":" + pad(m) : String(m)) + ":" + pad(s % 60);
  }

  function timeOfDay(unix) {
    return new Date(unix * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function showError(text) {
    var box = $("pacing-error");
    box.textContent = text;
    box.hidden = !text;
  }

  function passed() {
    return last.state.agenda.ticking ? (performance.now() - arrived) / 1000 : 0;
  }

  // --- receiving -------------------------------------------------------------------------

  function accept(payload) {
    if (!payload || payload.meeting_id !== room.meetingId) { return; }
    if (last && payload.version < last.version) { return; }
    last = payload;
    arrived = performance.now();
    panel.hidden = false;
    draw();
  }

  function draw() {
    drawClock();
    drawShare();
    drawAgenda();
    drawTurn();
    drawChatMode();
    drawSession();
    if (room.isStaff) { drawConsole(); } else { drawMine(); }
  }

  // --- clocks (redrawn every second) -----------------------------------------------------

  function segmentNow() {
    var seg = last.state.agenda.segment, d = passed();
    var elapsed = seg.elapsed_seconds + d;
    var remaining = Math.max(0, seg.remaining_seconds - d);
    var overrun = Math.max(0, elapsed - seg.allowance_seconds);
    var status = overrun > 0 ? "over" : remaining <= seg.near_end_seconds ? "near_end" : "ok";
    return { remaining: remaining, overrun: overrun, status: status, excess: Math.max(0, d - seg.remaining_seconds) };
  }

  function drawClock() {
    var agenda = last.state.agenda, box = $("pacing-clock");
    if (agenda.phase === "not_started" || agenda.phase === "finished") {
      box.setAttribute("data-status", "ok");
      setText($("clock-time"), agenda.phase === "finished" ? "Done" : clockText(agenda.segment.allowance_seconds));
      setText($("clock-note"), agenda.phase === "finished" ? "the agenda is complete" : "not started yet");
      drawProjected(0);
      return;
    }
    var now = segmentNow();
    box.setAttribute("data-status", now.status);
    setText($("clock-time"), now.overrun > 0 ? "+" + clockText(now.overrun) : clockText(now.remaining));
    var note = now.overrun > 0 ? "over time" : now.status === "near_end" ? "left: nearly time" : "left";
    setText($("clock-note"), agenda.phase === "paused" ? "paused" : note);
    drawProjected(now.excess);
  }

  function drawProjected(excess) {
    var line = $("pacing-projected");
    if (!line) { return; }
    var meeting = last.state.agenda.meeting;
    var end = meeting.projected_end + excess, over = Math.round((meeting.projected_overrun_seconds + excess) / 60);
    var against = over > 0 ? over + " min past the scheduled end" : over < 0 ? -over + " min before the scheduled end" : "on schedule";
    setText(line, (last.state.agenda.phase === "finished" ? "Finished at " : "Projected end ") + timeOfDay(end) + " · " + against);
  }

  function drawShare() {
    var line = $("pacing-share"), r = last.state.round;
    line.hidden = !(r && r.active);
    if (line.hidden) { return; }
    var allowance = r.share_seconds + r.extra_seconds;
    // One of remaining and overrun is zero; together they give the time already shared.
    var elapsed = allowance - r.remaining_seconds + r.overrun_seconds + (r.ticking ? passed() : 0);
    var over = Math.max(0, elapsed - allowance);
    setText(line, over > 0 ? "Share time: " + clockText(over) + " over" :
      "Share time: " + clockText(allowance - elapsed) + " left");
  }

  window.setInterval(function () {
    if (last) { drawClock(); drawShare(); }
  }, 1000);

  // --- the agenda, the turn, the chat mode -------------------------------------------------

  function agendaItem(seg, index, agenda) {
    var li = document.createElement("li");
    var current = index === agenda.current && agenda.phase !== "not_started";
    if (current) { li.setAttribute("aria-current", "step"); li.className = "current"; }
    if (seg.skipped) { li.className += " skipped"; }
    var title = document.createElement("span");
    title.textContent = seg.title + (seg.skipped ? " (skipped)" : "");
    li.appendChild(title);
    if (!room.isStaff) { return li; }
    var meta = document.createElement("span");
    meta.className = "muted meta";
    var planned = seg.planned_minutes + " min" + (seg.extended_minutes ? " +" + seg.extended_minutes : "");
    var took = seg.visits && !current ? " · took " + clockText(seg.actual_seconds) : "";
    meta.textContent = " · " + planned + took;
    li.appendChild(meta);
    if (!current && (agenda.phase === "running" || agenda.phase === "paused")) {
      li.appendChild(button("Go here", { pace: "go_to_segment", key: seg.key }, "Go to " + seg.title));
    }
    return li;
  }

  function drawAgenda() {
    var list = $("pacing-agenda"), agenda = last.state.agenda;
    list.innerHTML = "";
    agenda.segments.forEach(function (seg, index) { list.appendChild(agendaItem(seg, index, agenda)); });
  }

  function turnText() {
    var r = last.state.round, called = last.state.hands.called;
    if (r && r.active) {
      var now = r.current_speaker === me ? "It's your turn to share." : nameOf(r.current_speaker) + " is sharing.";
      var next = !r.next_speaker ? " Last in this round." :
        r.next_speaker === me ? " You're next." : " Next: " + nameOf(r.next_speaker) + ".";
      return now + next;
    }
    // A call made before the last round ended is old news.
    var stale = r && r.ended_at !== null && r.ended_at > last.state.hands.called_at;
    if (called && !stale) { return called === me ? "You have the floor." : nameOf(called) + " has the floor."; }
    var seg = last.state.agenda.segments[last.state.agenda.current];
    return last.state.agenda.phase === "finished" ? "" : TURN_MODES[seg.turn_mode] || "";
  }

  function drawTurn() { setText($("pacing-turn"), turnText()); }

  function drawChatMode() {
    var chat = last.state.chat;
    var text = CHAT_MODES[chat.mode].replace("{n}", chat.slow_seconds);
    setText($("pacing-chat-mode"), room.isStaff ? "Chat: " + chat.mode + (chat.mode === "slow" ? " (" + chat.slow_seconds + " s)" : "") : text);
  }

  function withNotes(session) {
    var n = notes[session.current_segment];
    if (!room.isStaff || !n) { return session; }
    return Object.assign({}, session, { facilitator_notes: n.facilitator_notes, facilitator_notes_html: n.facilitator_notes_html });
  }

  function drawSession() {
    var session = last.session;
    if (!session || session.current_segment === shownSegment) { return; }
    shownSegment = session.current_segment;
    room.renderSession(withNotes(session));
  }

  // --- sending ---------------------------------------------------------------------------

  function pace(action, args, withVersion) {
    var payload = { meeting_id: room.meetingId, action: action, args: args || {} };
    if (withVersion && last) { payload.version = last.version; }
    showError("");
    socket.emit("pace", payload, function (ack) {
      if (!ack) { return; }
      if (ack.ok) { accept(ack.pacing); return; }
      if (ack.error.code === "conflict" && ack.error.pacing) { accept(ack.error.pacing); }
      showError(ack.error.message);
    });
  }

  function button(label, data, ariaLabel) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "small";
    b.textContent = label;
    if (ariaLabel) { b.setAttribute("aria-label", ariaLabel); }
    Object.keys(data).forEach(function (key) { b.setAttribute("data-" + key, data[key]); });
    return b;
  }

  // --- the attendee's own buttons ----------------------------------------------------------

  function myStatus() {
    var mine = last.state.participants.filter(function (p) { return p.participant_id === me; })[0];
    return mine ? mine.status : null;
  }

  function myPlace() {
    var ids = last.state.hands.hands.map(function (h) { return h.participant_id; });
    return ids.indexOf(me) + 1;
  }

  function drawMine() {
    var r = last.state.round, done = ended || last.state.agenda.phase === "finished";
    var speaking = !!(r && r.active && r.current_speaker === me);
    var place = myPlace(), away = myStatus() === "stepped_away";
    $("pace-finish").hidden = !speaking;
    $("pace-pass").hidden = !speaking;
    var hand = $("pace-hand");
    setText(hand, place ? "Lower my hand (" + place + " in line)" : "Raise my hand");
    hand.setAttribute("aria-pressed", place ? "true" : "false");
    hand.disabled = done;
    var awayButton = $("pace-away");
    setText(awayButton, away ? "I'm back" : "Step away");
    awayButton.setAttribute("aria-pressed", away ? "true" : "false");
    awayButton.disabled = ended;
  }

  function wireMine() {
    $("pace-hand").addEventListener("click", function () { pace(myPlace() ? "lower_hand" : "raise_hand"); });
    $("pace-finish").addEventListener("click", function () { pace("finish_share"); });
    $("pace-pass").addEventListener("click", function () { pace("pass_turn"); });
    $("pace-away").addEventListener("click", function () {
      pace(myStatus() === "stepped_away" ? "come_back" : "step_away");
    });
  }

  // --- the facilitator console: pacing-console.js, loaded for staff only ------------------

  function drawConsole() {
    if (window.SteadyPacingConsole) { window.SteadyPacingConsole.draw(last, ended); }
  }

  room.onJoined(function (ack) {
    me = ack.you.id;
    if (ack.session) {
      shownSegment = ack.session.current_segment;
      if (ack.session.facilitator_notes_html) { notes[ack.session.current_segment] = ack.session; }
    }
    accept(ack.pacing);
  });

  // A message the chat mode refused goes back into the box, so nothing typed is lost.
  room.onSendRefused(function (error, body) {
    if (REFUSALS.indexOf(error.code) < 0) { return false; }
    var input = $("body");
    if (input && !input.value) { input.value = body; }
    room.showError(error.message);
    return true;
  });

  socket.on("pacing_state", accept);
  socket.on("pacing_notes", function (n) {
    if (n.meeting_id !== room.meetingId) { return; }
    notes[n.current_segment] = n;
    if (last && last.session && last.session.current_segment === n.current_segment) {
      room.renderSession(withNotes(last.session));
    }
  });
  socket.on("meeting_state", function (s) {
    if (s.meeting_id === room.meetingId && s.status === "ended") { ended = true; if (last) { draw(); } }
  });

  window.SteadyPacing = {
    pace: pace,
    button: button,
    nameOf: nameOf,
    clockText: clockText,
    latest: function () { return last ? { state: last, ended: ended } : null; }
  };
  if (!room.isStaff) { wireMine(); }
})();
