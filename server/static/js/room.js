// The meeting room. Every message carries a per-meeting sequence number; the page keeps the
// last one it saw and asks for what followed on every (re)join, so a dropped connection
// loses nothing. Sends carry a client id, so a retry after a drop is stored only once.
(function () {
  "use strict";
  var room = document.getElementById("room");
  var meetingId = parseInt(room.getAttribute("data-meeting-id"), 10);
  var list = document.getElementById("messages");
  var presentList = document.getElementById("present");
  var statusEl = document.getElementById("meeting-status");
  var connEl = document.getElementById("connection");
  var form = document.getElementById("send-form");
  var input = document.getElementById("body");
  var sendError = document.getElementById("send-error");
  var lastSeq = 0;
  var ended = false;
  var outbox = {}; // client_id -> body, until the server acks it

  var socket = io({ transports: ["websocket", "polling"], withCredentials: true });

  function newClientId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function showError(text) {
    sendError.textContent = text;
    sendError.hidden = !text;
  }

  function timeOf(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  var held = {}; // seq -> message that arrived before the one just ahead of it
  var gapTimer = null;

  function receive(msg) {
    if (msg.seq <= lastSeq || held[msg.seq]) { return; } // already shown or already waiting
    if (msg.seq > lastSeq + 1) {
      // Senders on different workers can race; wait a moment, then ask for what is missing.
      held[msg.seq] = msg;
      if (!gapTimer) { gapTimer = window.setTimeout(fillGap, 1000); }
      return;
    }
    render(msg);
    while (held[lastSeq + 1]) {
      var next = held[lastSeq + 1];
      delete held[lastSeq + 1];
      render(next);
    }
    if (gapTimer && !Object.keys(held).length) { window.clearTimeout(gapTimer); gapTimer = null; }
  }

  function fillGap() {
    gapTimer = null;
    if (!Object.keys(held).length) { return; }
    socket.emit("history", { meeting_id: meetingId, after_seq: lastSeq }, function (page) {
      if (page && page.ok) { page.messages.forEach(receive); }
    });
  }

  function render(msg) {
    lastSeq = msg.seq;
    var li = document.createElement("li");
    li.setAttribute("data-seq", String(msg.seq));
    li.setAttribute("data-id", String(msg.id)); li.setAttribute("data-author", msg.author.id);
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = msg.author.name;
    li.appendChild(who);
    if (msg.author.role !== "member") {
      var role = document.createElement("span");
      role.className = "role";
      role.textContent = "facilitator";
      li.appendChild(role);
    }
    var time = document.createElement("span");
    time.className = "time";
    time.textContent = timeOf(msg.sent_at);
    li.appendChild(time);
    var body = document.createElement("div");
    body.className = msg.status === "hidden" ? "body hidden-msg" : "body";
    body.textContent = msg.status === "hidden" ? "This message was removed." : msg.body;
    li.appendChild(body);
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.appendChild(li);
    if (atBottom) { list.scrollTop = list.scrollHeight; }
  }

  function renderPresence(present) {
    presentList.innerHTML = "";
    present.forEach(function (p) {
      var li = document.createElement("li");
      li.textContent = p.name + (p.role !== "member" ? " (facilitator)" : "");
      presentList.appendChild(li);
    });
  }

  function setState(state) {
    statusEl.textContent = state.status;
    statusEl.className = "status status-" + state.status;
    ended = state.status === "ended";
    input.disabled = ended;
    document.getElementById("send-button").disabled = ended;
    if (ended) {
      connEl.textContent = "This meeting has ended. Thank you for being here.";
    }
    showStaffControls(state.status);
  }

  // Offer only the lifecycle buttons that make sense now, so one click can't do the wrong thing.
  var CONTROL_WHEN = {
    open_meeting: ["scheduled"],
    start_meeting: ["scheduled", "open"],
    end_meeting: ["scheduled", "open", "live"]
  };
  function showStaffControls(status) {
    document.querySelectorAll("#staff-controls button").forEach(function (button) {
      var allowed = CONTROL_WHEN[button.getAttribute("data-action")] || [];
      button.hidden = allowed.indexOf(status) === -1;
    });
  }

  var TURNS = {
    open: "Open chat",
    round: "A round: the talking piece goes to each person in turn",
    hands: "Raise a hand to speak",
    silent: "Quiet time: chat rests",
  };

  // The current segment of the curriculum session. attendee_html (and, for staff only,
  // facilitator_notes_html) is Markdown the server has already rendered and sanitised.
  function renderSession(session) {
    var panel = document.getElementById("segment");
    var notesPanel = document.getElementById("notes-panel");
    panel.hidden = !session;
    if (notesPanel) { notesPanel.hidden = !(session && session.facilitator_notes_html); }
    if (!session) { return; }
    var seg = session.segment;
    document.getElementById("session-title").textContent = session.title;
    document.getElementById("segment-title").textContent = seg.title;
    document.getElementById("segment-meta").textContent = "Part " + (session.current_segment + 1) +
      " of " + session.agenda.length + " · " + seg.minutes + " min · " + (TURNS[seg.turn_mode] || "");
    var advisories = seg.advisories.concat(session.current_segment === 0 ? session.advisories : []);
    var advisoryEl = document.getElementById("segment-advisories");
    advisoryEl.textContent = advisories.length ? "Content advisory: " + advisories.join("; ") : "";
    advisoryEl.hidden = !advisories.length;
    document.getElementById("segment-text").innerHTML = seg.attendee_html;
    var prompts = document.getElementById("segment-prompts");
    prompts.innerHTML = "";
    seg.prompts.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      prompts.appendChild(li);
    });
    if (notesPanel && session.facilitator_notes_html) {
      document.getElementById("segment-notes").innerHTML = session.facilitator_notes_html;
    }
  }

  function catchUp(ack) {
    ack.messages.forEach(receive);
    if (ack.more) {
      socket.emit("history", { meeting_id: meetingId, after_seq: lastSeq }, function (page) {
        if (page && page.ok) { catchUp(page); }
      });
    }
  }

  function flushOutbox() {
    Object.keys(outbox).forEach(function (clientId) { transmit(clientId, outbox[clientId]); });
  }

  function join() {
    socket.emit("join", { meeting_id: meetingId, last_seq: lastSeq }, function (ack) {
      if (!ack || !ack.ok) {
        connEl.textContent = ack && ack.error ? ack.error.message : "Could not join.";
        if (ack && ack.error && ack.error.code === "meeting_ended") { setState({ status: "ended" }); }
        return;
      }
      connEl.textContent = "Connected as " + ack.you.name;
      setState(ack.meeting);
      renderPresence(ack.present);
      renderSession(ack.session);
      catchUp(ack);
      flushOutbox();
      hooks.joined.forEach(function (fn) { fn(ack); });
    });
  }

  function transmit(clientId, body) {
    socket.timeout(10000).emit("send", { meeting_id: meetingId, client_id: clientId, body: body },
      function (err, ack) {
        if (err) { return; } // no answer: it stays in the outbox and is resent on rejoin
        delete outbox[clientId];
        if (ack.ok) { return; }
        var handled = hooks.sendRefused.some(function (fn) { return fn(ack.error, body, clientId); });
        if (!handled) { showError(ack.error.message); }
      });
  }

  socket.on("connect", function () { connEl.textContent = "Connected"; join(); });
  socket.on("disconnect", function () { if (!ended) { connEl.textContent = "Reconnecting…"; } });
  socket.on("connect_error", function () { connEl.textContent = "Can't connect. Retrying…"; });
  socket.on("chat_message", function (msg) { if (msg.meeting_id === meetingId) { receive(msg); } });
  socket.on("presence", function (p) { if (p.meeting_id === meetingId) { renderPresence(p.present); } });
  socket.on("meeting_state", function (s) { if (s.meeting_id === meetingId) { setState(s); } });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var body = input.value.trim();
    if (!body || ended) { return; }
    showError("");
    var clientId = newClientId();
    outbox[clientId] = body;
    input.value = "";
    if (socket.connected) { transmit(clientId, body); }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });

  // Other scripts on the page (pacing, safety) plug in here instead of opening their own socket.
  var hooks = { joined: [], sendRefused: [] };
  window.SteadyRoom = {
    socket: socket,
    meetingId: meetingId,
    isStaff: room.getAttribute("data-staff") === "true",
    onJoined: function (fn) { hooks.joined.push(fn); },
    onSendRefused: function (fn) { hooks.sendRefused.push(fn); },
    showError: showError,
    renderSession: renderSession
  };

  document.querySelectorAll("#staff-controls button").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-action");
      if (action === "end_meeting" && !window.confirm("End the meeting for everyone?")) { return; }
      socket.emit(action, { meeting_id: meetingId }, function (ack) {
        if (ack && !ack.ok) { showError(ack.error.message); }
      });
    });
  });
})();
