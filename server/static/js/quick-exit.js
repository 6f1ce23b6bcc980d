// Quick exit: the button, or Shift pressed three times within a second and a half, leaves at
// once for a neutral site. location.replace keeps this page out of the Back history.
(function () {
  "use strict";
  var target = document.body.getAttribute("data-exit-url") || "https://www.bbc.co.uk/weather";
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    try { document.title = "Weather"; } catch (e) { /* ignore */ }
    window.location.replace(target);
  }
  var button = document.getElementById("quick-exit");
  if (button) { button.addEventListener("click", leave); }
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1500; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();
