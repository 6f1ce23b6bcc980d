// Safety for facilitators: the live flag queue (most severe first, then oldest), one-click
// actions on flags and members, and side conversations (one member, or staff only).
// Loaded deferred, after safety.js, whose helpers it uses through window.SteadySafety.
(function () {
  "use strict";
  var room = window.SteadyRoom;
  var safety = window.SteadySafety;
  var queue = document.getElementById("queue-list");
  if (!room || !safety || !queue) { return; }
  var socket = room.socket;
  var RANK = { urgent: 0, high: 1, medium: 2, low: 3 };
  var CATEGORIES = {
    crisis: "Crisis", danger: "Danger", identifying: "Identifying details", agreement: "Group agreement",
    safety: "Safety (flagged by a member)", talk: "Asks to talk privately", other: "Flagged by a member"
  };
  var flags = {};        // id -> Flag
  var members = {};      // member id -> name, for side conversations and actions
  var muted = {};        // "m12" -> true
  var present = [];      // Participants here now
  var side = { staff: [] };  // conversation key ("staff" or member id) -> [SideMessage]
  var sideSeen = {};

  function $(id) { return document.getElementById(id); }
  var el = safety.el;

  function memberId(participant) { return parseInt(participant.id.slice(1), 10); }

  function act(name, payload, confirmText) {
    if (confirmText && !window.confirm(confirmText)) { return; }
    safety.emit(name, payload, function (ack) {
      if (!ack.ok) { safety.notice(ack.error.message); }
    });
  }

  function button(label, onClick, className) {
    var b = el("button", className || "small", label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // --- the queue ---------------------------------------------------------------------------

  function sorted() {
    return Object.keys(flags).map(function (id) { return flags[id]; }).sort(function (a, b) {
      return (RANK[a.severity] - RANK[b.severity]) || (a.created_at < b.created_at ? -1 : 1);
    });
  }

  function memberActions(box, who, flagId) {
    var id = memberId(who);
    var extra = flagId ? { flag_id: flagId } : {};
    function payload() { return Object.assign({ member_id: id }, extra); }
    box.appendChild(button("Talk privately", function () { openConversation(id, who.name); }));
    if (muted[who.id]) {
      box.appendChild(button("Unmute", function () { act("unmute_member", payload()); }));
    } else {
      box.appendChild(button("Mute", function () { act("mute_member", payload()); }));
    }
    box.appendChild(button("Remove", function () {
      act("remove_member", payload(), "Remove " + who.name + " from this meeting? They cannot come back to it.");
    }, "small danger"));
    box.appendChild(button("Ban", function () {
      act("ban_member", payload(), "Ban " + who.name + " from the group? Their access ends at once.");
    }, "small danger"));
  }

  function flagItem(f) {
    var li = el("li", "flag severity-" + f.severity);
    var head = el("p", "flag-head");
    head.appendChild(el("span", "badge badge-" + f.severity, f.severity));
    head.appendChild(el("strong", "", " " + (CATEGORIES[f.category] || f.category)));
    if (f.member) { head.appendChild(el("span", "", " · " + f.member.name)); }
    head.appendChild(el("span", "time", safety.timeOf(f.created_at)));
    li.appendChild(head);
    if (f.message) {
      li.appendChild(el("blockquote", f.message.status === "hidden" ? "excerpt hidden-msg" : "excerpt", f.message.excerpt));
    } else if (f.category !== "talk") {
      li.appendChild(el("p", "muted", "In a message that was not posted."));
    }
    var why = f.reason;
    if (f.source === "screening" && f.labels.length) { why += " (" + f.labels.join(", ") + ")"; }
    if (f.flagged_by && f.category !== "talk") { why += " · flagged by " + f.flagged_by.name; }
    li.appendChild(el("p", "muted", why));
    if (f.note) { li.appendChild(el("p", "note", "\u201c" + f.note + "\u201d")); }
    var actions = el("div", "safety-buttons");
    actions.appendChild(button("Dismiss", function () { act("dismiss_flag", { flag_id: f.id }); }, "small quiet"));
    if (f.message && f.message.status !== "hidden") {
      actions.appendChild(button("Hide message", function () {
        act("hide_message", { message_id: f.message.id, flag_id: f.id });
      }));
    }
    if (f.member) { memberActions(actions, f.member, f.id); }
    li.appendChild(actions);
    return li;
  }

  function renderQueue() {
    var list = sorted();
    queue.innerHTML = "";
    list.forEach(function (f) { queue.appendChild(flagItem(f)); });
    $("queue-count").textContent = String(list.length);
    $("queue-empty").hidden = list.length > 0;
  }

  function raised(f) {
    if (f.meeting_id !== room.meetingId) { return; }
    var isNew = !flags[f.id];
    flags[f.id] = f;
    if (f.member) { members[memberId(f.member)] = f.member.name; }
    renderQueue();
    if (isNew && f.severity === "urgent") {
      $("safety-alert").textContent = "Urgent: " + (CATEGORIES[f.category] || f.category) +
        (f.member ? ", " + f.member.name : "") + ".";
      $("safety-alert-box").hidden = false;
    }
  }

  function resolved(payload) {
    if (payload.meeting_id !== room.meetingId) { return; }
    delete flags[payload.id];
    renderQueue();
  }

  // --- members here --------------------------------------------------------------------------

  function renderPeople() {
    var list = $("mod-people");
    list.innerHTML = "";
    var here = present.filter(function (p) { return p.role === "member"; });
    if (!here.length) { list.appendChild(el("li", "muted", "No members are here.")); }
    here.forEach(function (p) {
      members[memberId(p)] = p.name;
      var li = el("li", "mod-person");
      li.appendChild(el("span", "who", p.name + (muted[p.id] ? " (muted)" : "")));
      var actions = el("div", "safety-buttons");
      memberActions(actions, p, null);
      li.appendChild(actions);
      list.appendChild(li);
    });
  }

  function moderated(payload) {
    if (payload.meeting_id !== room.meetingId || !payload.member) { return; }
    if (payload.action === "mute_member") { muted[payload.member.id] = true; }
    if (payload.action === "unmute_member") { delete muted[payload.member.id]; }
    renderPeople();
    renderQueue();
  }

  // --- side conversations -------------------------------------------------------------------

  function keyOf(msg) { return msg.member_id === null ? "staff" : String(msg.member_id); }

  function ensureOption(key, name) {
    var select = $("side-with");
    var option = select.querySelector("option[value='" + key + "']");
    if (!option) {
      option = el("option", "", name);
      option.value = key;
      select.appendChild(option);
    }
    return option;
  }

  function renderSide() {
    var key = $("side-with").value;
    var list = $("side-messages");
    list.innerHTML = "";
    (side[key] || []).forEach(function (msg) { list.appendChild(safety.sideItem(msg)); });
    var option = $("side-with").selectedOptions[0];
    if (option) { option.textContent = option.textContent.replace(/ \(new\)$/, ""); }
  }

  function receiveSide(msg) {
    if (msg.meeting_id !== room.meetingId || sideSeen[msg.id]) { return; }
    sideSeen[msg.id] = true;
    var key = keyOf(msg);
    if (msg.author.role === "member") { members[msg.member_id] = msg.author.name; }
    (side[key] = side[key] || []).push(msg);
    var option = ensureOption(key, members[msg.member_id] || "A member");
    if ($("side-with").value === key) {
      renderSide();
    } else if (!/ \(new\)$/.test(option.textContent)) {
      option.textContent += " (new)";
    }
  }

  function openConversation(id, name) {
    ensureOption(String(id), name);
    $("side-with").value = String(id);
    renderSide();
    $("side-body").focus();
  }

  function sendSide(event) {
    event.preventDefault();
    var input = $("side-body");
    var body = input.value.trim();
    var key = $("side-with").value;
    if (!body) { return; }
    safety.emit("side_send", { body: body, member_id: key === "staff" ? null : parseInt(key, 10) },
      function (ack) {
        if (!ack.ok) { safety.notice(ack.error.message); return; }
        input.value = "";
        receiveSide(ack.message);
      });
  }

  function joined(ack) {
    var view = ack.safety || {};
    flags = {};
    (view.flags || []).forEach(function (f) { flags[f.id] = f; });
    muted = {};
    (view.muted || []).forEach(function (id) { muted[id] = true; });
    present = ack.present;
    present.forEach(function (p) { if (p.role === "member") { members[memberId(p)] = p.name; } });
    (view.side_messages || []).forEach(receiveSide);
    renderQueue();
    renderPeople();
  }

  room.onJoined(joined);
  if (safety.lastJoin()) { joined(safety.lastJoin()); }
  socket.on("flag_raised", raised);
  socket.on("flag_resolved", resolved);
  socket.on("moderation_action", moderated);
  socket.on("side_message", receiveSide);
  socket.on("presence", function (p) {
    if (p.meeting_id === room.meetingId) { present = p.present; renderPeople(); }
  });
  socket.on("message_hidden", function (payload) {
    Object.keys(flags).forEach(function (id) {
      var m = flags[id].message;
      if (m && m.id === payload.id) { m.status = "hidden"; }
    });
    renderQueue();
  });
  function closeAlert() { $("safety-alert-box").hidden = true; }
  $("safety-alert-close").addEventListener("click", closeAlert);
  $("safety-alert-go").addEventListener("click", function () {
    closeAlert();
    $("queue-heading").focus();
  });
  $("side-with").addEventListener("change", renderSide);
  $("side-form").addEventListener("submit", sendSide);
})();
