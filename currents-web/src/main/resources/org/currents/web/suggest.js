// Search suggestions as you type: fills the words field's <datalist> from /api/v1/suggest.
// Progressive enhancement only: without this script the form works the same, minus suggestions.
// Suggestions are set as option values (never as HTML), so a hostile name stays text.
(function () {
  "use strict";
  var field = document.getElementById("q");
  var list = document.getElementById("words");
  if (!field || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = "";
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = field.value.trim();
      if (typed.length < 2 || typed === asked) {
        return;
      }
      asked = typed;
      fetch("/api/v1/suggest?limit=8&q=" + encodeURIComponent(typed))
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) {
          if (typed !== asked) {
            return; // a later keystroke asked again
          }
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }
          body.suggestions.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* no suggestions; the form still works */ });
    }, 150);
  });
})();
