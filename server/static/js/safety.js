// Safety in the meeting room, for attendees: a message that might identify someone is held
// back until its sender edits it or sends it anyway; crisis resources and an offer to talk
// are shown privately; any message can be flagged for a facilitator; a private conversation
// with the facilitators. Staff tools live in safety-staff.js and use window.SteadySafety.
(function () {
  "use strict";
  var room = window.SteadyRoom;
  var root = document.getElementById("safety");
  if (!room || !root) { return; }
  var socket = room.socket;
  var isMember = root.getAttribute("data-role") === "member";
  var me = null;          // this participant, from the join ack
  var resources = [];     // crisis resources, from the join ack or crisis_support
  var lastJoin = null;
  var held = null;        // {body, clientId} of the message held back
  var flagging = null;    // the message element being flagged

  function $(id) { return document.getElementById(id); }

  function show(node, focusTarget) {
    node.hidden = false;
    if (focusTarget) { focusTarget.focus(); }
  }

  function notice(text) {
    var box = $("safety-notice");
    box.textContent = text || "";
    box.hidden = !text;
  }

  function emit(name, payload, done) {
    payload.meeting_id = room.meetingId;
    socket.timeout(10000).emit(name, payload, function (err, ack) {
      if (err) { done({ ok: false, error: { code: "timeout", message: "No answer. Check your connection and try again." } }); return; }
      done(ack);
    });
  }

  function timeOf(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function sideItem(msg) {
    var li = el("li", msg.author.role === "member" ? "side from-member" : "side from-staff");
    li.appendChild(el("span", "who", msg.author.name));
    li.appendChild(el("span", "time", timeOf(msg.sent_at)));
    li.appendChild(el("div", "body", msg.body));
    return li;
  }

  // Resources of this device's region first (en-GB before en-US on a British phone), then
  // the rest in the order the admins set.
  function sortedResources(list) {
    var langs = (navigator.languages || [navigator.language || ""]).map(function (l) { return l.toLowerCase(); });
    function rank(r) {
      var locale = (r.locale || "").toLowerCase();
      if (!locale) { return 1; }
      return langs.indexOf(locale) !== -1 ? 0 : 2;
    }
    return list.slice().sort(function (a, b) { return rank(a) - rank(b); });
  }

  function renderResources(list) {
    var ul = $("support-resources");
    if (!ul) { return; }
    ul.innerHTML = "";
    sortedResources(list).forEach(function (r) {
      var li = el("li", "resource");
      li.appendChild(el("strong", "", r.name));
      li.appendChild(el("span", "contact", r.contact));
      if (r.description) { li.appendChild(el("span", "muted", r.description)); }
      ul.appendChild(li);
    });
  }

  // --- a message held back for identifying details ----------------------------------------

  function markedText(body, findings) {
    var p = $("held-text");
    p.innerHTML = "";
    var at = 0;
    findings.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (f) {
      if (f.start < at) { return; }
      p.appendChild(document.createTextNode(body.slice(at, f.start)));
      p.appendChild(el("mark", "", body.slice(f.start, f.end)));
      at = f.end;
    });
    p.appendChild(document.createTextNode(body.slice(at)));
  }

  function showHeld(error, body, clientId) {
    held = { body: body, clientId: clientId };
    markedText(body, error.findings || []);
    var list = $("held-findings");
    list.innerHTML = "";
    (error.findings || []).forEach(function (f) {
      list.appendChild(el("li", "", "\u201c" + f.matched + "\u201d " + f.reason));
    });
    show($("safety-held"), $("held-heading"));
  }

  function editHeld() {
    var input = $("body");
    if (held && !input.value) { input.value = held.body; }
    held = null;
    $("safety-held").hidden = true;
    input.focus();
  }

  function sendHeldAnyway() {
    if (!held) { return; }
    var payload = { client_id: held.clientId, body: held.body, confirm_identifying: true };
    emit("send", payload, function (ack) {
      if (!ack.ok) { room.showError(ack.error.message); return; }
      held = null;
      $("safety-held").hidden = true;
      $("body").focus();
    });
  }

  // --- crisis resources and talking privately ----------------------------------------------

  function showSupport(payload) {
    if (payload && payload.resources) { resources = payload.resources; }
    renderResources(resources);
    if (payload && payload.message) { $("support-message").textContent = payload.message; }
    show($("safety-support"), $("support-heading"));
  }

  function askToTalk(statusEl) {
    statusEl.textContent = "Asking a facilitator…";
    emit("ask_to_talk", {}, function (ack) {
      statusEl.textContent = ack.ok
        ? "A facilitator knows you'd like to talk. They will write to you here."
        : ack.error.message;
      openPrivate();
    });
  }

  function openPrivate() {
    show($("safety-private"), $("private-body"));
  }

  function sendPrivate(event) {
    event.preventDefault();
    var input = $("private-body");
    var body = input.value.trim();
    if (!body) { return; }
    emit("side_send", { body: body }, function (ack) {
      if (!ack.ok) { $("private-status").textContent = ack.error.message; return; }
      $("private-status").textContent = "";
      input.value = "";
    });
  }

  var seenSide = {};
  function receivePrivate(msg) {
    if (msg.meeting_id !== room.meetingId || seenSide[msg.id]) { return; }
    seenSide[msg.id] = true;
    $("private-messages").appendChild(sideItem(msg));
    $("safety-private").hidden = false;
  }

  // --- flagging a message ---------------------------------------------------------------------

  function addFlagButton(li) {
    if (!me || li.getAttribute("data-author") === me.id || li.querySelector(".flag-button")) { return; }
    if (!li.getAttribute("data-id") || li.querySelector(".hidden-msg")) { return; }
    var who = li.querySelector(".who");
    var button = el("button", "flag-button", "Flag");
    button.type = "button";
    button.setAttribute("aria-label", "Flag this message" + (who ? " from " + who.textContent : ""));
    button.addEventListener("click", function () { openFlag(li); });
    li.appendChild(button);
  }

  function openFlag(li) {
    flagging = li;
    var body = li.querySelector(".body");
    $("flag-quote").textContent = body ? body.textContent : "";
    $("safety-flag").reset();
    show($("safety-flag"), $("flag-heading"));
  }

  function submitFlag(event) {
    event.preventDefault();
    var chosen = $("safety-flag").querySelector("input[name=reason]:checked");
    if (!chosen || !flagging) { return; }
    var li = flagging;
    var payload = { message_id: parseInt(li.getAttribute("data-id"), 10), reason: chosen.value,
                    note: $("flag-note").value };
    emit("flag_message", payload, function (ack) {
      closeFlag();
      notice(ack.ok ? "Thank you. A facilitator will look at it. Nobody else is told." : ack.error.message);
    });
  }

  function closeFlag() {
    $("safety-flag").hidden = true;
    var button = flagging && flagging.querySelector(".flag-button");
    flagging = null;
    if (button) { button.focus(); }
  }

  function watchMessages() {
    var list = $("messages");
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        Array.prototype.forEach.call(change.addedNodes, function (node) {
          if (node.nodeType === 1 && node.tagName === "LI") { addFlagButton(node); }
        });
      });
    }).observe(list, { childList: true });
  }

  // --- what everyone's page does ------------------------------------------------------------

  function hideMessage(payload) {
    if (payload.meeting_id !== room.meetingId) { return; }
    var li = $("messages").querySelector("li[data-id='" + payload.id + "']");
    if (!li) { return; }
    var body = li.querySelector(".body");
    if (body) { body.className = "body hidden-msg"; body.textContent = "This message was removed."; }
    var button = li.querySelector(".flag-button");
    if (button) { button.remove(); }
  }

  function onNotice(payload) {
    if (payload.meeting_id !== room.meetingId) { return; }
    notice(payload.message);
    var closed = payload.kind === "removed" || payload.kind === "banned";
    if (closed) {
      $("body").disabled = true;
      $("send-button").disabled = true;
    }
    if (payload.kind === "banned") { socket.disconnect(); }
  }

  function joined(ack) {
    lastJoin = ack;
    me = ack.you;
    var safety = ack.safety || {};
    resources = safety.resources || [];
    if (isMember) {
      (safety.side_messages || []).forEach(receivePrivate);
      if (safety.muted) { notice("A facilitator has paused your messages in this meeting. You can still write to a facilitator privately."); }
    }
    Array.prototype.forEach.call($("messages").children, addFlagButton);
  }

  room.onJoined(joined);
  socket.on("message_hidden", hideMessage);

  if (isMember) {
    room.onSendRefused(function (error, body, clientId) {
      if (error.code !== "identifying_info") { return false; }
      showHeld(error, body, clientId);
      return true;
    });
    socket.on("crisis_support", function (payload) {
      if (payload.meeting_id === room.meetingId) { showSupport(payload); }
    });
    socket.on("moderation_notice", onNotice);
    socket.on("side_message", receivePrivate);
    $("held-edit").addEventListener("click", editHeld);
    $("held-send").addEventListener("click", sendHeldAnyway);
    $("support-open").addEventListener("click", function () { showSupport(null); });
    $("support-close").addEventListener("click", function () { $("safety-support").hidden = true; });
    $("support-talk").addEventListener("click", function () { askToTalk($("support-status")); });
    $("talk-open").addEventListener("click", function () { askToTalk($("private-status")); });
    $("private-form").addEventListener("submit", sendPrivate);
    $("safety-flag").addEventListener("submit", submitFlag);
    $("flag-cancel").addEventListener("click", closeFlag);
    watchMessages();
  }

  window.SteadySafety = {
    emit: emit,
    el: el,
    sideItem: sideItem,
    timeOf: timeOf,
    notice: notice,
    lastJoin: function () { return lastJoin; }
  };
})();
