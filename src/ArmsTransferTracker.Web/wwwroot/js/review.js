// One-key review: j and k move between items, c confirms, r rejects, o opens the stance. Keys typed into a field are left alone.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".review-item"));
  if (items.length === 0) {
    return;
  }
  var current = 0;
  function select(index) {
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) { item.classList.toggle("selected", i === current); });
    items[current].focus();
  }
  function submit(selector) {
    var form = items[current].querySelector(selector);
    if (form) {
      form.submit();
    }
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, select, textarea")) {
      return;
    }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "c": submit("form.confirm"); break;
      case "r": submit("form.reject"); break;
      case "o": window.location.href = items[current].querySelector("a.stance-page").href; break;
      default: return;
    }
    event.preventDefault();
  });
  items.forEach(function (item, i) { item.addEventListener("focusin", function () { current = i; }); });
  select(0);
})();
