// Evidence boxes: placed from their data attributes (a share of the page), linked both ways with the
// field rows. No inline script or style: the console's Content-Security-Policy allows neither.
document.addEventListener("DOMContentLoaded", function () {
  var boxes = document.querySelectorAll(".box");
  boxes.forEach(function (box) {
    box.style.left = box.dataset.x + "%";
    box.style.top = box.dataset.y + "%";
    box.style.width = box.dataset.w + "%";
    box.style.height = box.dataset.h + "%";
  });
  function select(field) {
    document.querySelectorAll(".box.active, tr.field.active").forEach(function (el) { el.classList.remove("active"); });
    var first = null;
    document.querySelectorAll('[data-field="' + field + '"]').forEach(function (el) {
      el.classList.add("active");
      if (el.classList.contains("box") && first === null) { first = el; }
    });
    return first;
  }
  document.querySelectorAll("tr.field").forEach(function (row) {
    row.addEventListener("click", function (event) {
      if (event.target.tagName === "INPUT") { return; }
      var box = select(row.dataset.field);
      if (box) { box.scrollIntoView({block: "center"}); }
    });
  });
  boxes.forEach(function (box) {
    box.addEventListener("click", function () {
      select(box.dataset.field);
      var row = document.getElementById("field-" + box.dataset.field);
      if (row) { row.scrollIntoView({block: "center"}); }
    });
  });
});
