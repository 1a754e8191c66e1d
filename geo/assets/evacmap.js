/* evacmap: draws evacuation flows, departures, arrivals and places on a Leaflet map.
 *
 * Everything that comes from an article (quotes, names, sources, document ids) reaches the page
 * through textContent, never innerHTML, so a quote containing markup shows as text and runs nothing.
 * Widths, radii and colours are computed in Python (geo/map.py) so the legend and the drawing
 * share one scale; this file only draws and filters.
 */
var evacmap = (function () {
  "use strict";

  var ARC_STEPS = 16;
  var ARC_BEND = 0.18; // control point offset as a share of the flow's length
  var ARROW_SIZES = { s: 11, m: 16, l: 24 }; // arrowhead length in pixels per width bucket
  var ARROW_GAP = 6; // pixels between the arrow's tip and the destination, so its marker hides no tip

  /* An arrival's symbol: a square of the area of a circle of its radius, so arrivals and departures share one
   * scale of people, and its corners stand out from under a departure at the same place (the map draws SVG). */
  var SquareMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var p = this._point, half = this._radius * Math.sqrt(Math.PI) / 2;
      this._renderer._setPath(this, this._empty() ? "M0 0" : "M" + (p.x - half) + "," + (p.y - half) +
                              "h" + 2 * half + "v" + 2 * half + "h" + (-2 * half) + "z");
    },
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* Thousands separators without toLocaleString, whose output depends on the reader's locale. */
  function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  /* A quadratic curve bending to the right of the direction of travel, so that flows A->B and
   * B->A do not cover each other. Works in degrees, which is close enough at regional scale. */
  function arc(from, to) {
    var dx = to[0] - from[0], dy = to[1] - from[1];
    var cx = (from[0] + to[0]) / 2 + dy * ARC_BEND, cy = (from[1] + to[1]) / 2 - dx * ARC_BEND;
    var points = [];
    for (var i = 0; i <= ARC_STEPS; i++) {
      var t = i / ARC_STEPS, u = 1 - t;
      points.push([u * u * from[0] + 2 * u * t * cx + t * t * to[0],
                   u * u * from[1] + 2 * u * t * cy + t * t * to[1]]);
    }
    return points;
  }

  function withArc(feature) {
    var line = feature.geometry.coordinates;
    return {
      type: "Feature",
      properties: feature.properties,
      geometry: { type: "LineString", coordinates: arc(line[0], line[line.length - 1]) },
    };
  }

  function arrowSize(width) {
    return width < 3 ? "s" : width < 7 ? "m" : "l";
  }

  /* One SVG marker per status colour and size, referenced from CSS by the flows' class names. */
  function installArrowheads(colors) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "evac-defs");
    var defs = document.createElementNS(ns, "defs");
    var rules = [];
    Object.keys(colors).forEach(function (status) {
      Object.keys(ARROW_SIZES).forEach(function (size) {
        var id = "evac-arrow-" + status + "-" + size, length = ARROW_SIZES[size];
        var marker = document.createElementNS(ns, "marker");
        marker.setAttribute("id", id);
        marker.setAttribute("viewBox", "0 0 10 10");
        // The head spans 10 viewBox units drawn over `length` pixels; refX beyond 10 pulls it back.
        marker.setAttribute("refX", (10 + ARROW_GAP * 10 / length).toFixed(2));
        marker.setAttribute("refY", "5");
        marker.setAttribute("markerUnits", "userSpaceOnUse");
        marker.setAttribute("markerWidth", length);
        marker.setAttribute("markerHeight", length);
        marker.setAttribute("orient", "auto");
        var head = document.createElementNS(ns, "path");
        head.setAttribute("d", "M0,0 L10,5 L0,10 L3,5 z");
        head.setAttribute("fill", colors[status]);
        marker.appendChild(head);
        defs.appendChild(marker);
        rules.push(".evac-flow.evac-" + status + ".evac-arrow-" + size +
                   " { marker-end: url(#" + id + "); }");
      });
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
    var style = el("style", null, rules.join("\n"));
    document.head.appendChild(style);
  }

  function years(p) {
    return p.years && p.years.length ? p.years.join(", ") : null;
  }

  /* " (range 2,000–9,999)", " (up to 20,000)", " (at least 5,000)" or "": the bounds reported. */
  function bounds(p) {
    var low = p.people_min, high = p.people_max, text = "";
    var hasLow = low !== undefined && low !== null, hasHigh = high !== undefined && high !== null;
    if (hasLow && hasHigh && low !== high) {
      text += " (range " + formatCount(low) + "\u2013" + formatCount(high) + ")";
    } else if (hasHigh && !hasLow) {
      text += " (up to " + formatCount(high) + ")";  // "nearly", "up to": no lower bound reported
    } else if (hasLow && !hasHigh) {
      text += " (at least " + formatCount(low) + ")";  // "more than", "at least": no upper bound reported
    }
    return text;
  }

  function estimate(p) {
    var households = p.households ? formatCount(p.households) + " households" : "";
    if (p.people === undefined || p.people === null) {
      // "thousands": a range and no single figure; households alone are the estimate there is
      if (bounds(p)) return "No single figure: people" + bounds(p) + (households ? ", " + households : "");
      return households ? "Best estimate: " + households : "No figure given";
    }
    var label = p.episodes ? "Best estimate (largest movement): " : "Best estimate: ";
    return label + formatCount(p.people) + " people" + (households ? ", " + households : "") + bounds(p);
  }

  /* The separate movements along the route, each with its own figure: never added up. */
  function episodeList(episodes) {
    var list = el("ul", "evac-episodes");
    episodes.forEach(function (e) {
      var households = e.households ? formatCount(e.households) + " households" : "";
      var figure = e.people !== undefined && e.people !== null ? formatCount(e.people) + " people" + bounds(e)
                                                                  : (bounds(e) ? "people" + bounds(e) : "");
      figure = [figure, households].filter(Boolean).join(", ") || "no figure";
      list.appendChild(el("li", null, [e.date || "undated", e.term, figure, e.status].join(" \u00b7 ")));
    });
    return list;
  }

  function heading(p) {
    if (p.kind === "departure") return "From " + p.origin + " (destination not reported)";
    if (p.kind === "arrival") return "At " + p.destination + " (arrived or sheltered; origin not reported)";
    return p.origin + " \u2192 " + p.destination +
           (p.to_border ? " (a country: the line ends at its nearest border; where in it is not reported)" : "");
  }

  function reportItem(r) {
    var item = el("li", "evac-report");
    var figure = r.count_text ? r.count_text : "no number";
    if (r.unit && r.unit !== "people" && figure.indexOf(r.unit) < 0) figure += " " + r.unit;
    item.appendChild(el("strong", "evac-count", figure));
    if (r.term) item.appendChild(el("span", "evac-term", " " + r.term));
    if (r.equivalent && Object.keys(r.equivalent).length) {
      var same = Object.keys(r.equivalent).map(function (k) { return formatCount(r.equivalent[k]) + " " + k; });
      item.appendChild(el("span", "evac-equivalent", " (" + same.join(", ") + ")"));
    }
    if (r.breakdown) {
      var parts = Object.keys(r.breakdown).map(function (k) {
        return k + ": " + formatCount(r.breakdown[k]);
      });
      item.appendChild(el("span", "evac-breakdown", " (of whom " + parts.join(", ") + ")"));
    }
    var said = [r.attributed_to ? "according to " + r.attributed_to : "source not named",
                r.date ? r.date : (r.date_text ? r.date_text : (r.published ? "undated, published " + r.published : "undated"))];
    if (r.outlets && r.outlets.length) said.push("in " + r.outlets.join(", "));
    if (r.articles > 1) said.push(r.articles + " articles");
    if (r.named_sources_same_figure > 1) said.push(r.named_sources_same_figure + " named sources give this figure");
    if (r.status) said.push(r.status);
    item.appendChild(el("div", "evac-source", said.join(" \u00b7 ")));
    if (r.quote) item.appendChild(el("blockquote", "evac-quote", r.quote));
    if (r.shared) {
      var others = r.destinations && r.destinations.length ? ": " + r.destinations.join(", ") : "";
      item.appendChild(el("div", "evac-note evac-shared",
                          "Figure shared by several destinations" + others));
    }
    if (r.cumulative) item.appendChild(el("div", "evac-note", "A running or final total"));
    if (r.batch) item.appendChild(el("div", "evac-note", "One batch of a larger movement"));
    if (r.part) item.appendChild(el("div", "evac-note", "A group among the people who moved, not all of them"));
    if (r.additional) item.appendChild(el("div", "evac-note", "More people beyond those counted before"));
    if (r.origin_inferred) item.appendChild(el("div", "evac-note", "Origin inferred: the country the people are named after"));
    if (r.summed_from) {
      item.appendChild(el("div", "evac-note evac-summed",
                          "A sum computed by evacmap of the figures quoted: " + r.summed_from.join(" + ")));
    }
    if (r.docs && r.docs.length) {
      item.appendChild(el("div", "evac-docs", "Articles: " + r.docs.join(", ")));
    }
    return item;
  }

  function movementPopup(p) {
    var box = el("div", "evac-popup");
    box.appendChild(el("h3", null, heading(p)));
    box.appendChild(el("p", "evac-estimate", estimate(p)));
    var when = years(p);
    box.appendChild(el("p", "evac-status", "Status: " + p.status + (when ? " \u00b7 " + when : "")));
    if (p.parts && p.kind === "arrival") {
      box.appendChild(el("p", "evac-parts", "Total arriving at " + p.destination + ": the flows from " +
                          p.parts.join(", ") + " are parts of it (not added)."));
    } else if (p.parts) {
      box.appendChild(el("p", "evac-parts", "Total leaving " + p.origin + ": the flows to " + p.parts.join(", ") +
                          " are parts of it (not added)."));
    }
    if (p.tally_history) {
      box.appendChild(el("p", "evac-tally", "A running total that rose from " + p.tally_history.join(", then ") +
                          " to " + formatCount(p.people) + " (earlier counts, not sources disagreeing; not added)."));
    }
    if (p.onward_of) {
      box.appendChild(el("p", "evac-onward", "Onward leg from " + p.origin + ": its people may be among those who " +
                          "came here from " + p.onward_of.join(", ") + ", counted there (not added)."));
    }
    if (p.same_place && p.kind === "arrival") {
      box.appendChild(el("p", "evac-same-place", "A departure from " + p.destination + " is drawn here too: " +
                          "those staying here may be among the people who left it (not added)."));
    } else if (p.same_place) {
      box.appendChild(el("p", "evac-same-place", "An arrival at " + p.origin + " is drawn here too: " +
                          "those staying there may be among these people (not added)."));
    }
    if (p.episodes) {
      box.appendChild(el("p", "evac-episodes-title", p.episodes.length + " separate movements (not added up):"));
      box.appendChild(episodeList(p.episodes));
    }
    var reports = p.reports || [];
    box.appendChild(el("p", "evac-reports-title",
                       reports.length === 1 ? "1 report:" : reports.length + " reports:"));
    var list = el("ol", "evac-reports");
    reports.forEach(function (r) { list.appendChild(reportItem(r)); });
    box.appendChild(list);
    if (p.totals) {
      box.appendChild(el("p", "evac-totals-title", "Part of a sum computed by evacmap (not added to this flow):"));
      var sums = el("ol", "evac-reports evac-totals");
      p.totals.forEach(function (r) { sums.appendChild(reportItem(r)); });
      box.appendChild(sums);
    }
    return box;
  }

  function placePopup(p) {
    var box = el("div", "evac-popup");
    box.appendChild(el("h3", null, p.name));
    var where = [p.role, p.kind, p.country].filter(Boolean).join(" \u00b7 ");
    box.appendChild(el("p", null, where));
    box.appendChild(el("p", null, "Mentioned " + formatCount(p.mentions || 0) + " times"));
    if (p.surface_forms && p.surface_forms.length) {
      box.appendChild(el("p", null, "Written as: " + p.surface_forms.join(", ")));
    }
    if (p.docs && p.docs.length) box.appendChild(el("p", "evac-docs", "Articles: " + p.docs.join(", ")));
    return box;
  }

  /* A feature is drawn when its kind, its status and one of its years (or "undated") are ticked. */
  function visible(facets, item) {
    if (!facets.show[item.show]) return false;
    if (item.status && !facets.status[item.status]) return false;
    if (!item.periods || !facets.period) return true;
    return item.periods.some(function (period) { return facets.period[period]; });
  }

  function filterControl(groups, onChange) {
    var control = L.control({ position: "topright" });
    control.onAdd = function () {
      var box = el("div", "leaflet-bar evac-filter");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      groups.forEach(function (group) {
        var set = el("fieldset", "evac-facet-" + group.facet);
        set.appendChild(el("legend", null, group.title));
        group.options.forEach(function (option) {
          var label = el("label");
          var input = el("input");
          input.type = "checkbox";
          input.checked = true;
          input.value = option.value;
          input.setAttribute("data-facet", group.facet);
          input.addEventListener("change", function () {
            onChange(group.facet, option.value, input.checked);
          });
          label.appendChild(input);
          if (option.color) {
            var swatch = el("span", "evac-swatch");
            swatch.style.background = option.color;
            label.appendChild(swatch);
          }
          label.appendChild(el("span", null, option.label));
          set.appendChild(label);
        });
        box.appendChild(set);
      });
      return box;
    };
    return control;
  }

  /* The data arrives as base64 of deflated JSON (geo/map.py: pack). */
  function inflate(packed) {
    var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).json();
  }

  function tooOld(map) {
    var note = el("div", "evac-too-old",
                  "This browser cannot unpack the map's data: open the file in a browser from " +
                  "2023 or later (Chrome 80, Firefox 113, Safari 16.4).");
    map.getContainer().appendChild(note);
  }

  /* Draw the packed data; the map's container gets the class evac-ready once everything is on it. */
  function draw(map, packed, options) {
    map.attributionControl.addAttribution(options.attribution);
    if (!window.DecompressionStream) return tooOld(map);
    inflate(packed).then(function (data) {
      drawLayers(map, data, options);
      map.getContainer().classList.add("evac-ready");
    });
  }

  function drawLayers(map, data, options) {
    ["evac-basemap", "evac-flows", "evac-arrivals", "evac-departures", "evac-places"].forEach(function (name, i) {
      map.createPane(name).style.zIndex = 300 + 20 * i;
    });
    if (data.countries) {
      L.geoJSON(data.countries, {
        pane: "evac-basemap",
        interactive: false,
        style: { color: "#a3a3a3", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
      }).addTo(map);
    }
    installArrowheads(options.status_colors);

    var items = [];
    function keep(layer, show, p) {
      items.push({ layer: layer, show: show, status: p.status,
                   periods: p.years ? (p.years.length ? p.years.map(String) : ["undated"]) : null });
    }

    // A flow, a departure or an arrival: the same popup of its reports, tooltip and filter bookkeeping.
    function movementFeature(group) {
      return function (f, layer) {
        layer.bindPopup(function () { return movementPopup(f.properties); }, { maxWidth: 380, maxHeight: 360 });
        layer.bindTooltip(el("span", null, heading(f.properties)), { sticky: true });
        keep(layer, group, f.properties);
      };
    }

    var flows = L.geoJSON(data.flows.features.map(withArc), {
      pane: "evac-flows",
      style: function (f) {
        var p = f.properties;
        return {
          color: options.status_colors[p.status],
          weight: p.width,
          opacity: 0.85,
          dashArray: p.people === undefined || p.people === null ? "6 5" : null,
          lineCap: "butt",
          className: "evac-flow evac-" + p.status + " evac-arrow-" + arrowSize(p.width),
        };
      },
      onEachFeature: movementFeature("flows"),
    }).addTo(map);

    /* A departure or an arrival at its one place, sized by its people: a departure a circle with a dark hairline,
     * an arrival a square (Marker) outlined as options.arrival_stroke (colour, weight). */
    function pointLayer(name, Marker, stroke) {
      return L.geoJSON(data[name], {
        pane: "evac-" + name,
        pointToLayer: function (f, latlng) {
          var p = f.properties;
          return new Marker(latlng, {
            pane: "evac-" + name,
            radius: p.radius,
            color: stroke ? stroke[0] : "#333333",
            dashArray: p.people === undefined || p.people === null ? "3 3" : null,
            fillColor: options.status_colors[p.status],
            // A total of the flows leaving its origin (reaching its place) is hollow: its people are theirs.
            fillOpacity: p.parts ? 0 : 0.45,
            weight: (stroke ? stroke[1] : 1) + (p.parts ? 1 : 0),
            className: "evac-" + p.kind + " evac-" + p.status + (p.parts ? " evac-total" : ""),
          });
        },
        onEachFeature: movementFeature(name),
      }).addTo(map);
    }
    var arrivals = pointLayer("arrivals", SquareMarker, options.arrival_stroke);
    var departures = pointLayer("departures", L.CircleMarker, null);

    var places = L.geoJSON(data.places, {
      pane: "evac-places",
      pointToLayer: function (f, latlng) {
        var p = f.properties;
        return L.circleMarker(latlng, {
          pane: "evac-places",
          radius: p.radius,
          color: "#ffffff",
          weight: 1.5,
          fillColor: options.role_colors[p.role],
          fillOpacity: 0.95,
          className: "evac-place evac-place-" + p.role,
        });
      },
      onEachFeature: function (f, layer) {
        layer.bindPopup(function () { return placePopup(f.properties); }, { maxWidth: 320 });
        layer.bindTooltip(el("span", null, f.properties.name), { direction: "top" });
        keep(layer, "places", {});
      },
    }).addTo(map);

    var facets = {};
    options.facets.forEach(function (group) {
      facets[group.facet] = {};
      group.options.forEach(function (option) { facets[group.facet][option.value] = true; });
    });
    var parents = { flows: flows, departures: departures, arrivals: arrivals, places: places };
    filterControl(options.facets, function (facet, value, on) {
      facets[facet][value] = on;
      items.forEach(function (item) {
        var group = parents[item.show], show = visible(facets, item);
        if (show !== group.hasLayer(item.layer)) {
          if (show) group.addLayer(item.layer); else group.removeLayer(item.layer);
        }
      });
    }).addTo(map);

    // Frame the movements: a country merely mentioned (Russia, backing a deal) must not zoom the map
    // out to half the world. Places frame the view only when there is no movement at all.
    var bounds = L.featureGroup([flows, departures, arrivals]).getBounds();
    if (!bounds.isValid()) bounds = places.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 9, animate: false });
  }

  return { draw: draw, formatCount: formatCount };
})();
