// Session Ledger: keyboard shortcuts, instant search and the live index indicator.
// Everything works without this file except the live updates.
(function () {
  "use strict";

  // "/" focuses the search box (unless typing somewhere already).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
    var box = document.getElementById("q") || document.querySelector("[data-shortcut='/']");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  // Instant search on the search page: fetch the results for what is typed and swap them in.
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  if (form && input && window.fetch && window.DOMParser) {
    var timer = null;
    var latest = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = "/search?" + new URLSearchParams(new FormData(form)).toString();
        var ticket = ++latest;
        fetch(url, { headers: { "Accept": "text/html" } })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            if (ticket !== latest) return;
            var doc = new DOMParser().parseFromString(html, "text/html");
            var fresh = doc.getElementById("results");
            var current = document.getElementById("results");
            if (fresh && current) {
              current.replaceWith(fresh);
              history.replaceState(null, "", url);
            }
          })
          .catch(function () { /* keep the current results */ });
      }, 250);
    });
  }

  // The API of the page's project (/api/projects/<name>, or /api on the default project's pages).
  function apiBase() {
    var meta = document.querySelector('meta[name="ledger-api"]');
    return meta ? meta.getAttribute("content") : "/api";
  }

  // Live indicator: tells when the files changed since this page was rendered, and shows indexing progress.
  var live = document.getElementById("live");
  if (live && window.EventSource) {
    var first = null;
    var source = new EventSource(apiBase() + "/events");
    source.onmessage = function (message) {
      var status = JSON.parse(message.data);
      var p = status.progress;
      var running = p.startedMillis > 0 && p.finishedMillis === 0;
      if (first === null) first = status.version;
      if (running) {
        live.hidden = false;
        live.textContent = "Indexing " + p.done + " / " + p.total;
        live.className = "live busy";
      } else if (status.version !== first) {
        live.hidden = false;
        live.className = "live changed";
        live.innerHTML = "";
        var link = document.createElement("a");
        link.href = location.href;
        link.textContent = "Files changed · reload";
        live.appendChild(link);
      }
    };
  }

  // On a file reached from a search, mark the searched words.
  var article = document.querySelector("article[data-highlight]");
  if (article && article.dataset.highlight) {
    var words = article.dataset.highlight.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || [];
    if (words.length) {
      var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) {
        var text = node.nodeValue;
        var lower = text.toLowerCase();
        var hit = -1, word = null;
        words.forEach(function (w) {
          var at = lower.indexOf(w);
          if (at >= 0 && (hit < 0 || at < hit)) { hit = at; word = w; }
        });
        if (hit < 0) return;
        var mark = document.createElement("mark");
        var after = node.splitText(hit);
        after.splitText(word.length);
        mark.textContent = after.nodeValue;
        after.parentNode.replaceChild(mark, after);
      });
      var firstMark = article.querySelector("mark");
      if (firstMark) firstMark.scrollIntoView({ block: "center" });
    }
  }
})();
