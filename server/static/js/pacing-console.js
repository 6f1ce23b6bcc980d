// The facilitator console in the meeting room (staff only): agenda controls, sharing rounds,
// the hand queue, the chat mode and the participants panel. pacing.js receives the state and
// calls draw(); every control here sends the version it was drawn from, so when another
// facilitator acted first the server answers "conflict" with the fresh state instead.
(function () {
  "use strict";
  var pacing = window.SteadyPacing;
  var panel = document.getElementById("pacing");
  if (!pacing || !panel || !document.getElementById("hand-queue")) { return; }
  var last = null;
  var ended = false;
  var customOrder = []; // the speaking order being set by hand
  var leftOut = {};     // ids unticked in that order

  function $(id) { return document.getElementById(id); }

  function item(text, className) {
    var li = document.createElement("li");
    li.textContent = text;
    if (className) { li.className = className; }
    return li;
  }

  function isLive() {
    var phase = last.state.agenda.phase;
    return !ended && (phase === "running" || phase === "paused");
  }

  function enable(action, on) {
    panel.querySelectorAll('.console-grid [data-pace="' + action + '"]').forEach(function (b) {
      b.disabled = !on;
    });
  }

  // Whether a segment not skipped lies before (-1) or after (+1) the current one.
  function neighbour(step) {
    var agenda = last.state.agenda;
    for (var i = agenda.current + step; i >= 0 && i < agenda.segments.length; i += step) {
      if (!agenda.segments[i].skipped) { return true; }
    }
    return false;
  }

  function drawButtons() {
    var phase = last.state.agenda.phase, r = last.state.round, live = isLive();
    var inRound = !!(r && r.active);
    enable("pause", !ended && phase === "running");
    enable("resume", !ended && phase === "paused");
    enable("previous_segment", live && neighbour(-1));
    enable("next_segment", live && neighbour(1));
    enable("skip_segment", live && neighbour(1));
    enable("extend", live);
    enable("finish", live);
    ["next_turn", "skip_turn", "more_time", "end_round"].forEach(function (a) { enable(a, live && inRound); });
    enable("call_hand", live && last.state.hands.hands.length > 0);
    $("round-start").disabled = !live || inRound;
    $("chat-apply").disabled = ended;
  }

  function drawHands() {
    var list = $("hand-queue");
    list.innerHTML = "";
    var hands = last.state.hands.hands;
    if (!hands.length) { list.appendChild(item("No hands raised.", "muted")); }
    hands.forEach(function (hand) {
      var id = hand.participant_id, name = pacing.nameOf(id), li = item(name + " ");
      li.appendChild(pacing.button("Call", { pace: "call_hand", participant: id }, "Call on " + name));
      li.appendChild(pacing.button("Lower", { pace: "lower_hand", participant: id }, "Lower " + name + "'s hand"));
      list.appendChild(li);
    });
  }

  var STATUS = { present: "here", stepped_away: "stepped away", left: "left" };

  function badges(id) {
    var s = last.state, r = s.round, out = [];
    if (r && r.active && r.current_speaker === id) { out.push("speaking"); }
    if (r && r.active && r.next_speaker === id) { out.push("next to share"); }
    var place = s.hands.hands.map(function (h) { return h.participant_id; }).indexOf(id);
    if (place >= 0) { out.push("hand raised (" + (place + 1) + " in line)"); }
    if (s.hands.called === id) { out.push("has the floor"); }
    return out;
  }

  function drawPeople() {
    var list = $("pacing-people");
    list.innerHTML = "";
    var people = last.state.participants;
    if (!people.length) { list.appendChild(item("Nobody has joined yet.", "muted")); }
    people.forEach(function (p) {
      var words = [STATUS[p.status]].concat(badges(p.participant_id));
      var li = item(pacing.nameOf(p.participant_id) + ": " + words.join(", "), "person status-" + p.status);
      if (words.indexOf("speaking") >= 0) { li.className += " speaking"; }
      list.appendChild(li);
    });
  }

  function drawChat() {
    var select = $("chat-mode"), seconds = $("slow-seconds"), chat = last.state.chat;
    // Don't overwrite what a facilitator is choosing right now.
    if (document.activeElement !== select) { select.value = chat.mode; }
    if (document.activeElement !== seconds) { seconds.value = String(chat.slow_seconds); }
  }

  function hereIds() {
    return last.state.participants
      .filter(function (p) { return p.status !== "left"; })
      .map(function (p) { return p.participant_id; });
  }

  function orderRow(id, index) {
    var name = pacing.nameOf(id), li = document.createElement("li"), label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = !leftOut[id];
    box.setAttribute("data-include", id);
    label.className = "check";
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + name));
    li.appendChild(label);
    var up = pacing.button("Up", { move: id, by: -1 }, "Move " + name + " earlier");
    var down = pacing.button("Down", { move: id, by: 1 }, "Move " + name + " later");
    up.disabled = index === 0;
    down.disabled = index === customOrder.length - 1;
    li.appendChild(up);
    li.appendChild(down);
    return li;
  }

  function drawCustom() {
    var list = $("round-custom"), custom = $("round-order").value === "custom";
    list.hidden = !custom;
    if (!custom || !last) { return; }
    var here = hereIds();
    customOrder = customOrder.filter(function (id) { return here.indexOf(id) >= 0; })
      .concat(here.filter(function (id) { return customOrder.indexOf(id) < 0; }));
    list.innerHTML = "";
    customOrder.forEach(function (id, index) { list.appendChild(orderRow(id, index)); });
  }

  function argsOf(b) {
    var args = {};
    if (b.hasAttribute("data-minutes")) { args.minutes = parseInt(b.getAttribute("data-minutes"), 10); }
    if (b.hasAttribute("data-seconds")) { args.seconds = parseInt(b.getAttribute("data-seconds"), 10); }
    if (b.hasAttribute("data-key")) { args.segment = b.getAttribute("data-key"); }
    if (b.hasAttribute("data-participant")) { args.participant_id = b.getAttribute("data-participant"); }
    return args;
  }

  panel.addEventListener("click", function (event) {
    var b = event.target.closest("button[data-pace]");
    if (!b || !last) { return; }
    var action = b.getAttribute("data-pace");
    if (action === "finish" && !window.confirm("Finish the agenda? Chat stays open until you end the meeting.")) { return; }
    pacing.pace(action, argsOf(b), true);
  });

  $("round-start").addEventListener("click", function () {
    var order = $("round-order").value;
    var args = { order: order, share_seconds: parseInt($("round-seconds").value, 10) || 120 };
    if (order === "custom") {
      args.participant_ids = customOrder.filter(function (id) { return !leftOut[id]; });
    }
    pacing.pace("start_round", args, true);
  });

  $("round-order").addEventListener("change", drawCustom);
  $("round-custom").addEventListener("change", function (event) {
    var id = event.target.getAttribute("data-include");
    if (id) { leftOut[id] = !event.target.checked; }
  });
  $("round-custom").addEventListener("click", function (event) {
    var b = event.target.closest("button[data-move]");
    if (!b) { return; }
    var from = customOrder.indexOf(b.getAttribute("data-move"));
    var to = from + parseInt(b.getAttribute("data-by"), 10);
    if (from < 0 || to < 0 || to >= customOrder.length) { return; }
    customOrder.splice(to, 0, customOrder.splice(from, 1)[0]);
    drawCustom();
  });

  $("chat-apply").addEventListener("click", function () {
    var args = { mode: $("chat-mode").value };
    if (args.mode === "slow") { args.slow_seconds = parseInt($("slow-seconds").value, 10) || 30; }
    pacing.pace("set_chat_mode", args, true);
  });

  window.SteadyPacingConsole = {
    draw: function (state, isEnded) {
      last = state;
      ended = isEnded;
      drawHands();
      drawButtons();
      drawPeople();
      drawChat();
      drawCustom();
    }
  };
  var latest = pacing.latest();
  if (latest) { window.SteadyPacingConsole.draw(latest.state, latest.ended); }
})();
