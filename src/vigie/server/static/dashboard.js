// The Vigie dashboard: views over the /v1 API of the server that serves this page.
// Every chart links to the filtered event table, every event to its article.
"use strict";

const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"};
const QUAD_COLOURS = {1: "#9ecae1", 2: "#3182bd", 3: "#fc9272", 4: "#de2d26"};
const FILTERS = ["type", "mode", "actor", "recipient", "cameo", "quad", "since", "until", "lang",
                 "facts", "q", "sort"];
const view = document.getElementById("view");

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                                                       '"': "&quot;", "'": "&#39;"}[c]));
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && value !== false) {
      search.set(key, value);
    }
  }
  return search.toString();
}

async function api(path, params = {}, options = {}) {
  const qs = query(params);
  const answer = await fetch(`/v1/${path}${qs ? "?" + qs : ""}`, options);
  const body = await answer.json();
  if (!answer.ok) throw new Error(body.detail || answer.statusText);
  return body;
}

function problem(error) {
  return `<p class="problem" role="alert">${escapeHtml(error.message)}</p>`;
}

function go(hash) { window.location.hash = hash; }

function eventsLink(params) { return `#/events?${query(params)}`; }

// Overview: counts, then distinct events by period stacked by quad class, then by type.
async function overview(params) {
  const by = params.get("by") || "month";
  const [stats, line] = await Promise.all([api("stats"), api("timeline", {by})]);
  const cards = [["articles", stats.articles], ["events", stats.events],
                 ["reports of events", stats.records], ["quotes", stats.quotes],
                 ["numeric claims", stats.claims],
                 ["dates", `${stats.first_date ?? "–"} → ${stats.last_date ?? "–"}`]];
  view.innerHTML = `<h1>Overview</h1>
    <div class="cards">${cards.map(([label, value]) => `<div class="card" data-count="${label}">
      <div class="number">${escapeHtml(value)}</div><div class="label">${label}</div></div>`)
      .join("")}</div>
    <p>Distinct events by <select id="by">${["day", "week", "month"].map(p =>
      `<option ${p === by ? "selected" : ""}>${p}</option>`).join("")}</select>
      and quad class; click a bar for its events.</p>
    <div id="timeline" class="chart"></div><div id="types" class="chart"></div>`;
  document.getElementById("by").onchange = e => go(`#/overview?by=${e.target.value}`);
  const periods = line.periods;
  const traces = Object.keys(QUADS).map(quad => ({
    type: "bar", name: QUADS[quad], x: periods.map(p => p.start),
    y: periods.map(p => p.quad_classes[quad]), marker: {color: QUAD_COLOURS[quad]},
    customdata: periods.map(p => [p.period, quad]),
    hovertemplate: "%{customdata[0]}: %{y} " + QUADS[quad] + "<extra></extra>"}));
  const timeline = document.getElementById("timeline");
  Plotly.newPlot(timeline, traces, {barmode: "stack", height: 340,
    margin: {t: 20, r: 20, b: 40, l: 40}, legend: {orientation: "h"}},
    {displaylogo: false, responsive: true});
  timeline.on("plotly_click", data => {
    const point = data.points[0];
    const start = point.x.slice(0, 10);
    go(eventsLink({since: start, until: periodEnd(start, by), quad: point.customdata[1]}));
  });
  const types = stats.events_by_type;
  const bars = document.getElementById("types");
  Plotly.newPlot(bars, [{type: "bar", x: types.map(t => t.event), y: types.map(t => t.events),
    marker: {color: "#1d3557"}, hovertemplate: "%{x}: %{y} events<extra></extra>"}],
    {height: 280, margin: {t: 30, r: 20, b: 80, l: 40}, title: {text: "Events by type"}},
    {displaylogo: false, responsive: true});
  bars.on("plotly_click", data => go(eventsLink({type: data.points[0].x})));
}

function periodEnd(start, by) {
  const day = new Date(start + "T00:00:00Z");
  if (by === "week") day.setUTCDate(day.getUTCDate() + 6);
  if (by === "month") { day.setUTCMonth(day.getUTCMonth() + 1); day.setUTCDate(0); }
  return day.toISOString().slice(0, 10);
}

// Events: the API's filters as a form, a page of the table at a time, CSV of the whole set.
async function events(params) {
  const filters = Object.fromEntries(FILTERS.map(f => [f, params.get(f) || ""]));
  const field = (name, label, extra = "") => `<label>${label}<input name="${name}"
      value="${escapeHtml(filters[name])}" ${extra}></label>`;
  view.innerHTML = `<h1>Events</h1>
    <form class="filters" id="filters">
      ${field("type", "type", 'placeholder="ACCUSE" size="9"')}
      ${field("actor", "actor", 'placeholder="PRK, Russie" size="12"')}
      ${field("recipient", "recipient", 'size="12"')}
      ${field("cameo", "CAMEO", 'size="5"')}
      ${field("mode", "mode", 'size="8"')}
      <label>quad class<select name="quad"><option value="">any</option>
        ${Object.entries(QUADS).map(([n, name]) =>
          `<option value="${n}" ${filters.quad === n ? "selected" : ""}>${n} ${name}</option>`)
          .join("")}</select></label>
      ${field("since", "since", 'type="date"')}${field("until", "until", 'type="date"')}
      <label>language<select name="lang"><option value="">any</option>
        ${["en", "fr"].map(l => `<option ${filters.lang === l ? "selected" : ""}>${l}</option>`)
          .join("")}</select></label>
      ${field("q", "words", 'size="12"')}
      <label>facts only<input type="checkbox" name="facts" value="true"
        ${filters.facts ? "checked" : ""}></label>
      <label>sort<select name="sort"><option value="date">oldest first</option>
        <option value="-date" ${filters.sort === "-date" ? "selected" : ""}>newest first</option>
        </select></label>
      <button type="submit">Filter</button>
      <a id="csv" href="/v1/events?${query({...filters, format: "csv"})}" download>CSV</a>
    </form>
    <div id="rows"></div>`;
  document.getElementById("filters").onsubmit = e => {
    e.preventDefault();
    const form = new FormData(e.target);
    go(eventsLink(Object.fromEntries(FILTERS.map(f => [f, form.get(f)]))));
  };
  await eventPage(filters, null, []);
}

async function eventPage(filters, cursor, shown) {
  const rows = document.getElementById("rows");
  let page;
  try {
    page = await api("events", {...filters, limit: 50, cursor});
  } catch (error) {
    rows.innerHTML = problem(error);
    return;
  }
  shown.push(...page.events);
  rows.innerHTML = `<p class="muted" id="shown">${shown.length} events shown${page.next_cursor
      ? " (more below)" : ""}</p>
    <table id="events-table"><thead><tr><th>date</th><th>type</th><th>CAMEO</th><th>actor</th>
      <th>recipient</th><th>words</th><th>article</th></tr></thead><tbody>
    ${shown.map(e => `<tr data-event="${escapeHtml(e.id)}">
      <td>${escapeHtml(e.date_value ?? "")}</td><td>${escapeHtml(e.event)}
        ${e.negated ? "(negated)" : ""}${e.hypothetical ? "(hypothetical)" : ""}</td>
      <td>${escapeHtml(e.cameo)}</td><td>${escapeHtml(e.actor_codes.join(" "))}</td>
      <td>${escapeHtml(e.recipient_codes.join(" "))}</td>
      <td><a href="#/article/${encodeURIComponent(e.doc_id)}?event=${encodeURIComponent(e.id)}"
        >${escapeHtml(e.event_text)}</a></td><td>${escapeHtml(e.doc_id)}</td></tr>`).join("")}
    </tbody></table>
    ${page.next_cursor ? '<button id="more">More</button>' : ""}`;
  if (page.next_cursor) {
    document.getElementById("more").onclick = () => eventPage(filters, page.next_cursor, shown);
  }
}

// The spans of an article's records, each with what hovering it says.
function spans(record) {
  const found = [];
  const describe = a => `${a.code ?? "uncoded"} ${a.name ?? ""}${a.via ? " (" + a.via + ")" : ""}`;
  for (const e of record.events) {
    const about = `${e.event} CAMEO ${e.cameo} · rule ${e.rule} · confidence ${e.confidence}`;
    found.push({start: e.start, end: e.end, kind: "trigger", event: e.id,
                info: `event ${about}`});
    for (const a of e.actor) {
      found.push({start: a.start, end: a.end, kind: "actor", event: e.id,
                  info: `doer of ${e.event}: ${describe(a)}`});
    }
    for (const a of e.recipient) {
      found.push({start: a.start, end: a.end, kind: "target", event: e.id,
                  info: `target of ${e.event}: ${describe(a)}`});
    }
  }
  for (const t of record.times) {
    found.push({start: t.start, end: t.end, kind: "date", info: `date ${t.type} ${t.value}`});
  }
  for (const q of record.quotes) {
    const speaker = (q.speaker || []).map(describe).join(", ") || q.source || "no speaker";
    found.push({start: q.start, end: q.end, kind: "quote", info: `quote by ${speaker}`});
    if (q.cue_start !== null && q.cue_start !== undefined) {
      found.push({start: q.cue_start, end: q.cue_end, kind: "cue",
                  info: `cue "${q.cue}" of a quote by ${speaker}`});
    }
  }
  for (const c of record.claims) {
    found.push({start: c.start, end: c.end, kind: "claim",
                info: `claim ${c.value ?? ""} ${c.unit ?? ""} ${c.counted ?? ""}`});
  }
  return found.filter(s => s.start !== null && s.end > s.start);
}

// The text cut at every span boundary, each piece marked with the spans that cover it.
function highlighted(text, found, selected) {
  const cuts = new Set([0, text.length]);
  for (const s of found) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = found.filter(s => s.start <= from && s.end >= to);
    const piece = escapeHtml(text.slice(from, to));
    if (!covering.length) { html += piece; continue; }
    const kinds = new Set(covering.map(s => s.kind));
    if (selected && covering.some(s => s.event === selected)) kinds.add("selected");
    const info = covering.map(s => s.info).join(" | ");
    const events = [...new Set(covering.filter(s => s.event).map(s => s.event))].join(" ");
    html += `<span class="hl ${[...kinds].join(" ")}" title="${escapeHtml(info)}"
      data-info="${escapeHtml(info)}" data-events="${events}" tabindex="0">${piece}</span>`;
  }
  return html;
}

const LEGEND = `<p class="legend"><span class="hl actor">doer</span><span class="hl target">target
  </span><span class="hl trigger">event words</span><span class="hl date">date</span>
  <span class="hl quote">quote</span><span class="hl cue">cue</span>
  <span class="hl claim">numeric claim</span></p><div id="info">Hover or select a highlight.</div>`;

// The events of an article; ``review``, when given, adds a column of review controls.
function eventTable(records, link, review = null) {
  return `<table id="article-events"><thead><tr><th>type</th><th>CAMEO</th><th>actor</th>
    <th>recipient</th><th>date</th><th>words</th><th>rule</th><th>confidence</th>
    ${review ? "<th>review</th>" : ""}</tr></thead>
    <tbody>${records.map(e => `<tr data-event="${escapeHtml(e.id)}"><td>${escapeHtml(e.event)}</td>
      <td>${escapeHtml(e.cameo)}</td>
      <td>${escapeHtml(e.actor.map(a => a.code ?? a.text).join(" "))}</td>
      <td>${escapeHtml(e.recipient.map(a => a.code ?? a.text).join(" "))}</td>
      <td>${escapeHtml(e.date_value ?? "")}</td><td>${link(e)}</td>
      <td>${escapeHtml(e.rule)}</td><td>${escapeHtml(e.confidence)}</td>
      ${review ? `<td class="review">${review(e)}</td>` : ""}</tr>`).join("")}
    </tbody></table>`;
}

function explainHighlights() {
  const info = document.getElementById("info");
  for (const span of view.querySelectorAll(".hl[data-info]")) {
    const show = () => { info.textContent = span.dataset.info; };
    span.addEventListener("mouseenter", show);
    span.addEventListener("focus", show);
    span.addEventListener("click", show);
  }
}

// Reviews: an analyst confirms an event, marks it wrong, corrects its type or sides, or adds
// one the coder missed from words selected in the text. Writes carry the server's token.
const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                      "MOBILIZE", "COERCE", "ASSAULT"];

function codes(text) { return text.split(/[\s,;]+/).filter(Boolean).map(c => c.toUpperCase()); }

function typeOptions(chosen) {
  return PLOVER_TYPES.map(t => `<option ${t === chosen ? "selected" : ""}>${t}</option>`).join("");
}

// The review cell of an event: its standing verdict and the buttons that give another.
function reviewCell(standing, writable) {
  return e => {
    const last = standing[e.id];
    const answer = last && last.verdict === "corrected"
      ? `: ${escapeHtml(last.event)} ${escapeHtml(last.source.map(a => a.code).join(" "))} →
         ${escapeHtml(last.target.map(a => a.code).join(" ") || "–")}` : "";
    const shown = last ? `<span class="verdict ${last.verdict}">${escapeHtml(last.verdict)}
      (${escapeHtml(last.reviewer)})${answer}</span>` : '<span class="muted">not reviewed</span>';
    const disabled = writable ? "" : "disabled";
    return `${shown}<br><button type="button" data-review="confirmed" ${disabled}>confirm</button>
      <button type="button" data-review="wrong" ${disabled}>wrong</button>
      <button type="button" data-review="corrected" ${disabled}>correct…</button>`;
  };
}

const REVIEW_FORMS = `<div id="review-panel">
  <h2>Review</h2>
  <p id="review-writes"></p>
  <p><label>your name <input id="reviewer" autocomplete="name"></label>
     <label>token <input id="review-token" type="password" autocomplete="off"></label></p>
  <form id="correct-form" hidden><h3>Correct <span id="correct-words"></span></h3>
    <label>type <select name="event">${typeOptions(null)}</select></label>
    <label>doer codes <input name="actor" placeholder="RUSGOV"></label>
    <label>target codes <input name="recipient" placeholder="UKRGOV (none: leave empty)"></label>
    <button type="submit">save correction</button>
    <button type="button" data-cancel>cancel</button></form>
  <form id="add-form"><h3>Add a missed event</h3>
    <p class="muted">Select its words in the text above, then give its type and sides.</p>
    <p>words: <q id="add-words" class="muted">none selected</q></p>
    <label>type <select name="event">${typeOptions(null)}</select></label>
    <label>doer codes <input name="actor" placeholder="KENCOP"></label>
    <label>target codes <input name="recipient" placeholder="HTIGOV"></label>
    <button type="submit" disabled>add event</button></form>
  <p id="review-status" role="status"></p></div>`;

// Offsets of the words selected in ``container``, in characters of the text (code points, as
// the API counts them), or null.
function selectedSpan(container) {
  const selection = window.getSelection();
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = [...before.toString()].length;
  const words = range.toString();
  return {start, end: start + [...words].length, words};
}

function setUpReviews(id, record, reviews, writable) {
  const name = document.getElementById("reviewer");
  const token = document.getElementById("review-token");
  const status = document.getElementById("review-status");
  name.value = localStorage.getItem("vigie-reviewer") || "";
  token.value = sessionStorage.getItem("vigie-token") || "";
  name.onchange = () => localStorage.setItem("vigie-reviewer", name.value.trim());
  token.onchange = () => sessionStorage.setItem("vigie-token", token.value.trim());
  document.getElementById("review-writes").innerHTML = writable
    ? `${reviews.length} reviews of this article. Reviews are kept beside the coded events,
       which they never change; <code>vigie export --format gold</code> writes them for
       <code>vigie eval</code>.`
    : `<span class="problem" id="writes-disabled">Writes are disabled: this server was started
       without VIGIE_TOKEN, so reviews can be read but not made.</span>`;
  const panel = document.getElementById("review-panel");
  for (const control of panel.querySelectorAll("input, select, button")) {
    control.disabled = control.disabled || !writable;
  }
  const send = async review => {
    status.textContent = "Saving…";
    try {
      const saved = await api("reviews", {}, {method: "POST",
        headers: {"Content-Type": "application/json",
                  "Authorization": `Bearer ${token.value.trim()}`},
        body: JSON.stringify({reviewer: name.value.trim(), ...review})});
      localStorage.setItem("vigie-reviewer", name.value.trim());
      sessionStorage.setItem("vigie-token", token.value.trim());
      await route();
      document.getElementById("review-status").textContent =
        `Saved review ${saved.id}: ${saved.verdict} by ${saved.reviewer}.`;
    } catch (error) {
      status.innerHTML = problem(error);
    }
  };
  const correct = document.getElementById("correct-form");
  for (const button of view.querySelectorAll("#article-events button[data-review]")) {
    const eventId = button.closest("tr").dataset.event;
    const event = record.events.find(e => e.id === eventId);
    button.onclick = () => {
      if (button.dataset.review !== "corrected") {
        send({verdict: button.dataset.review, event_id: eventId});
        return;
      }
      correct.hidden = false;
      correct.dataset.event = eventId;
      document.getElementById("correct-words").textContent = `“${event.event_text}”`;
      correct.elements.event.value = event.event;
      correct.elements.actor.value = event.actor.map(a => a.code ?? "").join(" ").trim();
      correct.elements.recipient.value = event.recipient.map(a => a.code ?? "").join(" ").trim();
    };
  }
  correct.querySelector("[data-cancel]").onclick = () => { correct.hidden = true; };
  correct.onsubmit = e => {
    e.preventDefault();
    send({verdict: "corrected", event_id: correct.dataset.event, event: correct.elements.event.value,
          actor: codes(correct.elements.actor.value),
          recipient: codes(correct.elements.recipient.value)});
  };
  const add = document.getElementById("add-form");
  const text = document.getElementById("article-text");
  let span = null;
  if (text) {
    text.addEventListener("mouseup", () => {
      const found = selectedSpan(text);
      if (!found) return;
      span = found;
      document.getElementById("add-words").textContent = found.words;
      add.querySelector("button[type=submit]").disabled = !writable;
    });
  }
  add.onsubmit = e => {
    e.preventDefault();
    if (!span) return;
    send({verdict: "added", article: id, start: span.start, end: span.end,
          event: add.elements.event.value, actor: codes(add.elements.actor.value),
          recipient: codes(add.elements.recipient.value)});
  };
}

// The events analysts added to this article.
function addedList(reviews) {
  const added = reviews.filter(r => r.verdict === "added");
  if (!added.length) return "";
  return `<h3>Events added by reviewers</h3><ul id="added-events">${added.map(r => `<li>
    ${escapeHtml(r.event)} ${escapeHtml(r.source.map(a => a.code).join(" "))} →
    ${escapeHtml(r.target.map(a => a.code).join(" ") || "–")}:
    “${escapeHtml(r.sentence)}” (${escapeHtml(r.reviewer)})</li>`).join("")}</ul>`;
}

// An article: its text with every record's evidence highlighted, and its reviews.
async function article(id, params) {
  const selected = params.get("event");
  const [record, reviewed] = await Promise.all([
    api(`articles/${encodeURIComponent(id)}`), api("reviews", {article: id})]);
  const standing = {};
  for (const review of reviewed.reviews) {
    if (review.event_id) standing[review.event_id] = review;
  }
  const title = record.title || record.doc_id;
  const text = record.text === null
    ? '<p class="muted">The store kept no text for this article.</p>'
    : `<div class="article-text" id="article-text">${highlighted(record.text, spans(record),
                                                                   selected)}</div>`;
  view.innerHTML = `<h1>${escapeHtml(title)}</h1>
    <p class="muted">${escapeHtml(record.doc_id)} · ${escapeHtml(record.lang)} · published
      ${escapeHtml(record.published ?? "unknown")} · ${escapeHtml(record.source ?? "")}
      ${record.url ? `· <a href="${escapeHtml(record.url)}">source</a>` : ""}</p>
    ${LEGEND}${text}<h2>Events</h2>
    ${eventTable(record.events, e => `<a href="#/article/${encodeURIComponent(id)}?event=${
      encodeURIComponent(e.id)}">${escapeHtml(e.event_text)}</a>`,
      reviewCell(standing, reviewed.writable))}
    ${REVIEW_FORMS}${addedList(reviewed.reviews)}`;
  explainHighlights();
  setUpReviews(id, record, reviewed.reviews, reviewed.writable);
  if (selected) {
    const row = view.querySelector(`tr[data-event="${CSS.escape(selected)}"]`);
    if (row) row.classList.add("selected");
    const mark = view.querySelector(".hl.selected");
    if (mark) mark.scrollIntoView({block: "center"});
  }
}

// Who acts on whom: a network of countries, edges by events, coloured by mean Goldstein; and
// a world map of the countries coloured by their events as doer or as target.
async function dyads() {
  const [{dyads: pairs}, {countries: places}, worldMap] = await Promise.all([
    api("dyads", {limit: 60}), api("countries"),
    fetch("/assets/worldmap.svg").then(answer => answer.text())]);
  const nodes = [...new Set(pairs.flatMap(d => [d.actor, d.recipient]))].sort();
  const place = Object.fromEntries(nodes.map((n, i) => {
    const angle = 2 * Math.PI * i / Math.max(nodes.length, 1);
    return [n, [Math.cos(angle), Math.sin(angle)]];
  }));
  const most = Math.max(1, ...pairs.map(d => d.events));
  const colour = g => g === null ? "#999" : g < 0 ? `rgba(222,45,38,${0.3 + Math.min(-g, 10) / 14})`
                                              : `rgba(49,130,189,${0.3 + Math.min(g, 10) / 14})`;
  const edges = pairs.map(d => ({
    type: "scatter", mode: "lines", hoverinfo: "text", showlegend: false,
    x: [place[d.actor][0], place[d.recipient][0]], y: [place[d.actor][1], place[d.recipient][1]],
    line: {width: 1 + 6 * d.events / most, color: colour(d.goldstein)},
    text: `${d.actor} → ${d.recipient}: ${d.events} events, Goldstein ${d.goldstein}`}));
  const points = {type: "scatter", mode: "markers+text", showlegend: false,
    x: nodes.map(n => place[n][0]), y: nodes.map(n => place[n][1]), text: nodes,
    textposition: "top center", marker: {size: 12, color: "#1d3557"}, hoverinfo: "text"};
  view.innerHTML = `<h1>Who acts on whom</h1>
    <p class="muted">Countries as nodes; a line for each pair, as wide as its events, red for
      conflict and blue for cooperation (mean Goldstein). Click a country or a row for its
      events.</p><div id="network" class="chart"></div>
    <table id="dyads-table"><thead><tr><th>actor</th><th>recipient</th><th>events</th>
      <th>mean Goldstein</th></tr></thead><tbody>${pairs.map(d => `<tr>
      <td>${escapeHtml(d.actor)}</td><td>${escapeHtml(d.recipient)}</td>
      <td><a href="${eventsLink({actor: d.actor, recipient: d.recipient})}">${d.events}</a></td>
      <td>${escapeHtml(d.goldstein)}</td></tr>`).join("")}</tbody></table>
    <h2>Where</h2>
    <p class="muted">Each country coloured by its distinct events, as doer or as target; click
      a country for its events.</p>
    <div class="map-sides" role="group" aria-label="map side">
      <button type="button" data-side="actor">as doer</button>
      <button type="button" data-side="recipient">as target</button></div>
    <div id="world-map" class="chart map">${worldMap}</div>`;
  const network = document.getElementById("network");
  Plotly.newPlot(network, [...edges, points], {height: 480, hovermode: "closest",
    xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"},
    margin: {t: 20, r: 20, b: 20, l: 20}}, {displaylogo: false, responsive: true});
  network.on("plotly_click", data => {
    const point = data.points[0];
    if (point.data.mode === "markers+text") go(eventsLink({actor: point.text}));
  });
  colourMap(places, "actor");
  for (const button of view.querySelectorAll(".map-sides button")) {
    button.addEventListener("click", () => colourMap(places, button.dataset.side));
  }
}

// The map's countries (shapes classed by ISO alpha-2 code) shaded by events on one side.
function colourMap(places, side) {
  const map = document.getElementById("world-map");
  const count = place => side === "actor" ? place.as_actor : place.as_recipient;
  const most = Math.max(1, ...places.map(count));
  for (const shape of map.querySelectorAll("g.country")) {
    shape.style.fill = "";
    shape.removeAttribute("data-events");
    shape.querySelector("title")?.remove();
    shape.onclick = null;
  }
  for (const place of places) {
    const shape = place.iso2 && map.querySelector(`g.country.${place.iso2.toLowerCase()}`);
    if (!shape || !count(place)) continue;
    const share = count(place) / most;
    shape.style.fill = `rgb(${Math.round(222 - 214 * share)},${Math.round(235 - 187 * share)},`
                       + `${Math.round(247 - 140 * share)})`;
    shape.dataset.events = count(place);
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = `${place.country}: ${count(place)} events as `
                        + (side === "actor" ? "doer" : "target");
    shape.appendChild(title);
    shape.onclick = () => go(eventsLink({[side]: place.country}));
  }
  for (const button of document.querySelectorAll(".map-sides button")) {
    button.setAttribute("aria-pressed", String(button.dataset.side === side));
  }
}

// Clusters: the same event in several articles and languages, side by side.
async function clusters() {
  const {clusters: found} = await api("clusters", {min_articles: 2});
  view.innerHTML = `<h1>Events reported by several articles</h1>
    ${found.length ? "" : '<p class="muted">No event is reported by two articles yet.</p>'}
    ${found.map(c => `<section class="cluster"><h2>${escapeHtml(c.event)} ·
      ${escapeHtml(c.actor_codes.join(" "))} → ${escapeHtml(c.recipient_codes.join(" "))} ·
      ${escapeHtml(c.date_value ?? "undated")} · ${c.articles} articles</h2>
      <div class="side-by-side">${c.reports.map(r => `<div lang="${escapeHtml(r.language)}">
        <strong>${escapeHtml(r.source ?? r.doc_id)}</strong> (${escapeHtml(r.language)})
        <p>${escapeHtml(r.sentence)}</p>
        <a href="#/article/${encodeURIComponent(r.doc_id)}?event=${encodeURIComponent(r.id)}"
          >${escapeHtml(r.event_text)}</a></div>`).join("")}</div></section>`).join("")}`;
}

// Try it: a text in, its events and evidence out, nothing stored.
function tryIt() {
  view.innerHTML = `<h1>Try it</h1>
    <form id="try"><textarea name="text" rows="8" required
      placeholder="Paste a French or English news text"></textarea><br>
      <label>language <select name="lang"><option value="">identify</option><option>fr</option>
        <option>en</option></select></label>
      <label>published <input type="date" name="published"></label>
      <button type="submit">Extract</button></form><div id="result"></div>`;
  document.getElementById("try").onsubmit = async e => {
    e.preventDefault();
    const form = new FormData(e.target);
    const text = form.get("text");
    const result = document.getElementById("result");
    result.innerHTML = '<p class="muted">Reading…</p>';
    try {
      const answer = await api("extract", {lang: form.get("lang"),
                                           published: form.get("published"), id: "pasted"},
        {method: "POST", body: text, headers: {"Content-Type": "text/plain; charset=utf-8"}});
      const records = answer.documents[0].records;
      const record = {events: records.filter(r => r.kind === "event"),
                      times: records.filter(r => r.kind === "time"),
                      quotes: records.filter(r => r.kind === "quote"),
                      claims: records.filter(r => r.kind === "claim")};
      result.innerHTML = `${LEGEND}<div class="article-text" id="article-text">${
        highlighted(text, spans(record), null)}</div><h2>${record.events.length} events</h2>
        ${eventTable(record.events, ev => escapeHtml(ev.event_text))}`;
      explainHighlights();
    } catch (error) {
      result.innerHTML = problem(error);
    }
  };
}

const VIEWS = {overview, events, dyads, clusters, try: tryIt};

async function route() {
  const [path, search] = (window.location.hash.slice(1) || "/overview").split("?");
  const params = new URLSearchParams(search || "");
  const [, name, ...rest] = path.split("/");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === name);
  }
  view.innerHTML = '<p class="muted">Loading…</p>';
  delete view.dataset.loaded;
  try {
    if (name === "article") {
      await article(decodeURIComponent(rest.join("/")), params);
    } else {
      await (VIEWS[name] || overview)(params);
    }
    view.dataset.loaded = name || "overview";
  } catch (error) {
    view.innerHTML = problem(error);
    view.dataset.loaded = "error";
  }
}

window.addEventListener("hashchange", route);
route();
