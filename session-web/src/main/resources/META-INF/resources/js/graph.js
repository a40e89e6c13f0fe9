// Session Ledger trace graph: draws the elements served by /api/trace/... with cytoscape (served from its webjar).
(function () {
  "use strict";
  var container = document.getElementById("graph");
  if (!container || !window.cytoscape || !window.fetch) return;
  var colours = {
    session: "#2755c4", task: "#2e8b57", artifact: "#8a5a00", missing: "#c62828"
  };
  fetch(container.dataset.elements, { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (elements) {
      container.classList.add("ready");
      var cy = window.cytoscape({
        container: container,
        elements: elements.nodes.concat(elements.edges),
        wheelSensitivity: 0.3,
        layout: { name: "breadthfirst", directed: false, padding: 20, spacingFactor: 1.1,
                  roots: elements.nodes.filter(function (n) { return n.data.root; }).map(function (n) { return n.data.id; }) },
        style: [
          { selector: "node", style: {
              "label": "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 140,
              "text-valign": "bottom", "text-margin-y": 4, "width": 18, "height": 18,
              "background-color": function (n) { return n.data("missing") ? colours.missing : colours[n.data("kind")]; } } },
          { selector: "node[?root]", style: { "width": 28, "height": 28, "border-width": 3, "border-color": "#111" } },
          { selector: "node[status = 'done'], node[status = 'completed']", style: { "background-opacity": 0.55 } },
          { selector: "edge", style: {
              "width": 1.5, "line-color": "#9aa3b5", "target-arrow-color": "#9aa3b5", "target-arrow-shape": "triangle",
              "curve-style": "bezier", "label": "data(type)", "font-size": 8, "color": "#5b6475" } },
          { selector: "edge[!resolved]", style: { "line-style": "dashed", "line-color": colours.missing, "target-arrow-color": colours.missing } }
        ]
      });
      cy.on("tap", "node", function (event) {
        var href = event.target.data("href");
        if (href) window.location.href = href;
      });
      window.sessionLedgerGraph = cy;
    })
    .catch(function () { container.textContent = "The graph could not be drawn; the list below shows the same links."; });
})();
