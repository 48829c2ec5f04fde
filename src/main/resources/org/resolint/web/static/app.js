// resolint page: sends the draft to the server, shows what comes back. Every piece of the draft
// is put in the page as text (textContent), never as HTML.
"use strict";
(function () {
  const SEVERITIES = ["error", "warning", "info"];
  const TITLES = { error: "Errors", warning: "Warnings", info: "Info" };
  const AREAS = {
    numbering: "Numbering", structure: "Structure", reference: "References", chapter7: "Chapter VII",
    citation: "Citations", clause: "Required clauses", style: "Style", term: "Terms and acronyms"
  };
  const $ = (id) => document.getElementById(id);
  let lastForm = null;   // what was checked last: the download buttons send it again
  let view = null;
  let fixed = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = !message;
  }

  function status(message) { $("status").textContent = message || ""; }

  function formData() {
    const fd = new FormData();
    const file = $("draft-file").files[0];
    const text = $("draft-text").value;
    if (file) fd.append("draft", file, file.name);
    else if (text.trim()) fd.append("text", text);
    else return null;
    const previous = $("previous-file").files[0];
    if (previous) fd.append("previous", previous, previous.name);
    const profile = $("profile").value;
    if (profile && profile !== "auto") fd.append("profile", profile);
    return fd;
  }

  async function post(url, fd) {
    const response = await fetch(url, { method: "POST", body: fd });
    if (!response.ok) {
      let message = "resolint: the server answered " + response.status;
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  async function check(event) {
    if (event) event.preventDefault();
    const fd = formData();
    if (!fd) { showError("resolint: no draft: upload a file or paste the text"); return; }
    showError("");
    $("check-button").disabled = true;
    status("Checking…");
    const started = performance.now();
    try {
      const response = await post("/api/view", fd);
      view = await response.json();
      lastForm = fd;
      render(view);
      status("Checked in " + Math.round(performance.now() - started) + " ms");
    } catch (e) {
      showError(e.message);
      status("");
    } finally {
      $("check-button").disabled = false;
    }
  }

  function render(v) {
    $("result").hidden = false;
    $("fix-view").hidden = true;
    $("draft-name").textContent = v.draft.name;
    $("profile-line").textContent = v.draft.profile
      ? "Profile " + v.draft.profile + (v.draft.profileReason ? " (" + v.draft.profileReason + ")" : "") : "";
    const counts = $("counts");
    counts.replaceChildren();
    const n = { error: 0, warning: 0, info: 0 };
    v.findings.forEach((f) => { n[f.severity]++; });
    if (v.findings.length === 0) counts.append(el("span", "badge clean", "No findings"));
    SEVERITIES.forEach((s) => {
      $("n-" + s).textContent = n[s];
      if (n[s]) counts.append(el("span", "badge " + s, n[s] + " " + (n[s] === 1 ? s : TITLES[s].toLowerCase())));
    });
    const areas = [...new Set(v.findings.map((f) => f.area))].sort();
    const select = $("area");
    const chosen = select.value;
    select.replaceChildren(new Option("all areas", ""));
    areas.forEach((a) => select.append(new Option(AREAS[a] || a, a)));
    select.value = areas.includes(chosen) ? chosen : "";
    renderDraft(v);
    renderPanel(v);
    applyFilters();
  }

  function renderDraft(v) {
    const draft = $("draft");
    draft.replaceChildren();
    const cover = v.draft.cover.map((c) => c.trim()).filter((c) => c);
    if (cover.length) draft.append(el("div", "cover", cover.join(" · ")));
    const whole = v.findings.filter((f) => f.at < 0);
    if (whole.length) {
      const box = el("div", "whole");
      box.append(el("strong", null, "About the whole text"));
      whole.forEach((f) => {
        const item = el("span", "hl-item", "● " + f.message);
        item.dataset.ids = f.id;
        item.classList.add("sev-" + f.severity);
        item.addEventListener("click", () => select(f.id, true));
        box.append(item);
      });
      draft.append(box);
    }
    const formulaLine = v.draft.enactingFormulaLine;
    let formulaShown = formulaLine === undefined;
    v.paragraphs.forEach((p, index) => {
      if (!formulaShown && p.line > formulaLine) {
        draft.append(el("div", "formula", "The Security Council,"));
        formulaShown = true;
      }
      const row = el("div", "para kind-" + p.kind);
      row.id = "p" + index;
      row.style.marginLeft = Math.min(p.depth, 4) * 1.6 + "em";
      const label = el("span", "label", p.label);
      label.title = p.kind + ", line " + p.line;
      const mine = v.findings.filter((f) => f.at === index);
      const onLabel = mine.filter((f) => f.onLabel);
      if (onLabel.length) {
        label.classList.add("flag", worst(onLabel));
        label.dataset.ids = onLabel.map((f) => f.id).join(" ");
        label.addEventListener("click", () => select(onLabel[0].id, false));
      }
      row.append(label, textWithMarks(p.text, mine.filter((f) => !f.onLabel)));
      draft.append(row);
    });
  }

  function worst(findings) {
    return SEVERITIES.find((s) => findings.some((f) => f.severity === s)) || "info";
  }

  // Cuts the text at every span boundary; each piece covered by findings becomes one <mark>.
  function textWithMarks(text, findings) {
    const box = el("span", "text");
    const cuts = new Set([0, text.length]);
    findings.forEach((f) => { cuts.add(f.start); cuts.add(Math.max(f.end, f.start + 1)); });
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = findings.filter((f) => f.start <= a && Math.max(f.end, f.start + 1) >= b);
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const mark = el("mark", "hl " + worst(covering), piece);
      mark.dataset.ids = covering.map((f) => f.id).join(" ");
      mark.title = covering.map((f) => f.rule + ": " + f.message).join("\n");
      mark.addEventListener("click", () => select(covering[0].id, false));
      box.append(mark);
    }
    return box;
  }

  function renderPanel(v) {
    const list = $("findings");
    list.replaceChildren();
    if (!v.findings.length) { list.append(el("div", "empty", "No findings: the draft passed every rule.")); return; }
    SEVERITIES.forEach((s) => {
      const ofSeverity = v.findings.filter((f) => f.severity === s);
      if (!ofSeverity.length) return;
      const group = el("section", "group");
      group.dataset.severity = s;
      group.append(el("div", "group-head " + s, TITLES[s] + " (" + ofSeverity.length + ")"));
      const byParagraph = new Map();
      ofSeverity.forEach((f) => {
        const key = f.paragraph === null ? "Whole text" : "Paragraph " + f.paragraph;
        if (!byParagraph.has(key)) byParagraph.set(key, []);
        byParagraph.get(key).push(f);
      });
      byParagraph.forEach((items, key) => {
        const block = el("div", "para-group");
        block.append(el("div", "para-head", key + " · line " + items[0].line));
        items.forEach((f) => block.append(findingItem(f)));
        group.append(block);
      });
      list.append(group);
    });
  }

  function findingItem(f) {
    const item = el("div", "finding " + f.severity);
    item.id = "item-" + f.id;
    item.dataset.id = f.id;
    item.dataset.severity = f.severity;
    item.dataset.area = f.area;
    item.tabIndex = 0;
    item.append(el("div", "rule", f.rule + " · " + (AREAS[f.area] || f.area)));
    item.append(el("div", "message", f.message));
    if (f.suggestion) {
      const s = el("div", "suggestion");
      s.append(el("b", null, "Suggestion: "), document.createTextNode(f.suggestion));
      item.append(s);
    }
    if (f.explain) {
      const d = el("details");
      d.append(el("summary", null, "Why"), el("div", "explain", f.explain));
      d.addEventListener("click", (e) => e.stopPropagation());
      item.append(d);
    }
    item.addEventListener("click", () => select(f.id, true));
    item.addEventListener("keydown", (e) => { if (e.key === "Enter") select(f.id, true); });
    return item;
  }

  // Selects a finding in the panel and, from the panel, scrolls the draft to its words.
  function select(id, scrollDraft) {
    document.querySelectorAll(".finding.selected").forEach((e) => e.classList.remove("selected"));
    const item = $("item-" + id);
    if (item) {
      item.classList.add("selected");
      if (!scrollDraft) item.scrollIntoView({ block: "nearest" });
    }
    if (!scrollDraft) return;
    const target = [...document.querySelectorAll("#draft [data-ids]")]
      .find((e) => e.dataset.ids.split(" ").includes(id));
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.classList.remove("flash");
    void target.offsetWidth; // restart the animation
    target.classList.add("flash");
  }

  function applyFilters() {
    const shown = new Set([...document.querySelectorAll(".sev-toggle")].filter((c) => c.checked).map((c) => c.value));
    const area = $("area").value;
    const visible = new Set();
    (view ? view.findings : []).forEach((f) => {
      if (shown.has(f.severity) && (!area || f.area === area)) visible.add(f.id);
    });
    document.querySelectorAll(".finding").forEach((e) => { e.hidden = !visible.has(e.dataset.id); });
    document.querySelectorAll(".para-group").forEach((g) => {
      g.hidden = ![...g.querySelectorAll(".finding")].some((e) => !e.hidden);
    });
    document.querySelectorAll(".group").forEach((g) => {
      g.hidden = ![...g.querySelectorAll(".finding")].some((e) => !e.hidden);
    });
    document.querySelectorAll("#draft [data-ids]").forEach((e) => {
      const on = e.dataset.ids.split(" ").some((id) => visible.has(id));
      e.classList.toggle("off", !on);
      if (e.classList.contains("hl-item") || e.classList.contains("label")) e.hidden = e.classList.contains("hl-item") && !on;
    });
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function filename(response, fallback) {
    const d = response.headers.get("Content-Disposition") || "";
    const m = /filename="([^"]+)"/.exec(d);
    return m ? m[1] : fallback;
  }

  function stem() {
    const name = view ? view.draft.name : "draft";
    const dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(0, dot) : name;
  }

  async function download(url, fallback, label) {
    if (!lastForm) return;
    showError("");
    status("Preparing " + label + "…");
    try {
      const response = await post(url, lastForm);
      const blob = await response.blob();
      const name = filename(response, fallback);
      save(blob, name);
      status("Downloaded " + name + " (" + Math.max(1, Math.round(blob.size / 1024)) + " KB)");
    } catch (e) {
      showError(e.message);
      status("");
    }
  }

  async function runFix() {
    if (!lastForm) return;
    showError("");
    status("Running fix…");
    try {
      const response = await post("/api/fix", lastForm);
      const r = await response.json();
      fixed = r;
      $("fix-summary").textContent = r.summary;
      const diff = $("fix-diff");
      diff.replaceChildren();
      (r.diff.length ? r.diff : ["(no change)"]).forEach((line) => {
        const cls = line.startsWith("+") && !line.startsWith("+++") ? "add"
          : line.startsWith("-") && !line.startsWith("---") ? "del" : null;
        diff.append(el("span", cls, line + "\n"));
      });
      const notes = $("fix-notes");
      // references fix could not carry come first: the fixed text no longer shows them
      notes.replaceChildren(...(r.errors || []).map((n) => el("li", "error", n)), ...r.notes.map((n) => el("li", null, n)));
      $("download-fixed").disabled = !r.changed;
      $("fix-view").hidden = false;
      $("fix-view").scrollIntoView({ block: "nearest" });
      status("");
    } catch (e) {
      showError(e.message);
      status("");
    }
  }

  function downloadFixed() {
    if (!fixed) return;
    const bytes = Uint8Array.from(atob(fixed.fixed), (c) => c.charCodeAt(0));
    save(new Blob([bytes]), fixed.name);
    status("Downloaded " + fixed.name);
  }

  async function loadProfiles() {
    try {
      const r = await fetch("/api/profiles");
      const profiles = await r.json();
      profiles.forEach((p) => $("profile").append(new Option(p.name + " · " + p.title, p.name)));
    } catch (e) { /* the auto choice still works */ }
  }

  $("draft-form").addEventListener("submit", check);
  $("clear-button").addEventListener("click", () => {
    $("draft-form").reset();
    $("result").hidden = true;
    showError("");
    status("");
    lastForm = null;
  });
  document.querySelectorAll(".sev-toggle").forEach((c) => c.addEventListener("change", applyFilters));
  $("area").addEventListener("change", applyFilters);
  $("download-report").addEventListener("click", () => download("/api/report", stem() + "-review.docx", "the review report"));
  $("download-annotated").addEventListener("click", () => download("/api/annotate", stem() + "-annotated.docx", "the annotated copy"));
  $("download-json").addEventListener("click", () => download("/api/check", stem() + ".json", "JSON"));
  $("download-sarif").addEventListener("click", () => download("/api/check?format=sarif", stem() + ".sarif", "SARIF"));
  $("run-fix").addEventListener("click", runFix);
  $("download-fixed").addEventListener("click", downloadFixed);
  $("close-fix").addEventListener("click", () => { $("fix-view").hidden = true; });
  loadProfiles();
})();
