"""`html`: one standalone page (inline CSS and JS, no network assets) for a content team:
aggregates on top, then each row's summary with its flagged spans in <mark> elements (classes
`kind-<kind> sev-<severity>`, the reason as the title tooltip) and the reasons listed below, and
a checkbox that shows only failing rows. Every piece of data text goes through html.escape.

The script marks the page with `data-ready="1"` and `data-visible="<rows shown>"` on <body>;
opening the page with `#failing` in the URL turns the filter on."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from ..evaluation.runner import BatchRun, RowResult
from ..findings import Finding
from .batch_common import aggregate_items, num

CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
header{background:#fff;border-bottom:1px solid #ddd;padding:16px 24px}
h1{font-size:20px;margin:0 0 8px}
.verdict{font-weight:700;padding:2px 8px;border-radius:4px;color:#fff}
.v-PASS{background:#1a7f37}.v-FAIL{background:#cf222e}.v-ERROR{background:#9a6700}
table.agg{border-collapse:collapse;margin:10px 0}
table.agg td{padding:2px 12px 2px 0}table.agg td:first-child{color:#555}
.controls{margin-top:8px}
main{padding:12px 24px}
section.row{background:#fff;border:1px solid #ddd;border-left:5px solid #1a7f37;border-radius:4px;margin:0 0 12px;padding:10px 14px}
section.row[data-verdict=fail]{border-left-color:#cf222e}
section.row[data-verdict=error]{border-left-color:#9a6700}
.meta{font-size:13px;color:#555}.meta b{color:#1d1d1f}
.summary{white-space:pre-wrap;margin:8px 0}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.sev-error{background:#ffd7d5;border-bottom:2px solid #cf222e}
mark.sev-warning{background:#fff1c2;border-bottom:2px solid #bf8700}
ol.findings{margin:4px 0;padding-left:22px;font-size:14px}
.kind{font-weight:600}.sev-error .sev{color:#cf222e}.sev-warning .sev{color:#9a6700}
.evidence{color:#555;font-size:13px}
.error-msg{color:#9a6700;font-weight:600}
body.only-failing section.row[data-verdict=pass]{display:none}
footer{padding:8px 24px 24px;color:#777;font-size:12px}
"""

SCRIPT = """
(function(){
  var box=document.getElementById('only-failing');
  function apply(){
    document.body.classList.toggle('only-failing', box.checked);
    var n=0, rows=document.querySelectorAll('section.row');
    for(var i=0;i<rows.length;i++){ if(!box.checked||rows[i].dataset.verdict!=='pass') n++; }
    document.body.dataset.visible=String(n);
    document.getElementById('shown').textContent=n+' of '+rows.length+' rows shown';
  }
  box.addEventListener('change', apply);
  if(location.hash==='#failing'){ box.checked=true; }
  apply();
  document.body.dataset.ready='1';
})();
"""


def _tooltip(findings: list[Finding]) -> str:
    return "\n".join(f"{f.kind} ({f.severity}): {f.message}" for f in findings)


def highlight(summary: str, findings: list[Finding]) -> str:
    """The summary as escaped HTML with each flagged stretch in one <mark>. Overlapping findings
    are split at their boundaries; a stretch carries the classes and reasons of all of them."""
    cuts = {0, len(summary)}
    for f in findings:
        cuts.update((min(f.start, len(summary)), min(f.end, len(summary))))
    points = sorted(cuts)
    pieces: list[tuple[tuple[int, ...], str]] = []
    for a, b in zip(points, points[1:]):
        covering = tuple(i for i, f in enumerate(findings) if f.start <= a and b <= f.end)
        if pieces and pieces[-1][0] == covering:
            pieces[-1] = (covering, pieces[-1][1] + summary[a:b])
        else:
            pieces.append((covering, summary[a:b]))
    out = []
    for covering, text in pieces:
        if not covering:
            out.append(escape(text))
            continue
        fs = [findings[i] for i in covering]
        sev = "error" if any(f.severity == "error" for f in fs) else "warning"
        classes = " ".join(sorted({f"kind-{f.kind}" for f in fs})) + f" sev-{sev}"
        refs = " ".join(str(i + 1) for i in covering)
        out.append(f'<mark class="{classes}" data-findings="{refs}" title="{escape(_tooltip(fs))}">'
                   f"{escape(text)}</mark>")
    return "".join(out)


def _row(r: RowResult) -> str:
    meta = [f"<b>{escape(r.id)}</b>", f"line {r.line}", f"verdict <b>{escape(r.verdict)}</b>"]
    if r.score is not None:
        meta.append(f"score {r.score:.2f}")
    if r.rouge:
        meta.append("ROUGE-1/2/Lsum " + " / ".join(num(r.rouge.get(k))
                                                   for k in ("rouge1", "rouge2", "rougeLsum")))
    if r.label is not None:
        meta.append(f"label {'faithful' if r.label == 1 else 'unfaithful'}")
    parts = [f'<section class="row" data-verdict="{escape(r.verdict)}" data-id="{escape(r.id)}">',
             f'<div class="meta">{" · ".join(meta)}</div>']
    if r.error is not None:
        parts.append(f'<div class="error-msg">Could not evaluate: {escape(r.error)}</div>')
    if r.summary:
        parts.append(f'<div class="summary">{highlight(r.summary, r.findings)}</div>')
    if r.findings:
        parts.append('<ol class="findings">')
        for f in r.findings:
            item = (f'<li class="sev-{escape(f.severity)}"><span class="sev">{escape(f.severity)}</span> '
                    f'<span class="kind">{escape(f.kind)}</span> '
                    f"<q>{escape(f.text)}</q>: {escape(f.message)}")
            if f.evidence:
                item += f'<div class="evidence">source: {escape(f.evidence)}</div>'
            parts.append(item + "</li>")
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def chunks(run: BatchRun, title: str = "finsum eval") -> Iterator[str]:
    """The page piece by piece (head, then a row at a time, then the foot): written as the
    results are read, never held whole."""
    gate = run.gate
    agg = "\n".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>"
                    for k, v in aggregate_items(run))
    yield f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}: {escape(run.data)}</title>
<style>{CSS}</style>
</head>
<body data-ready="0">
<header>
<h1>{escape(title)}: {escape(run.data)}</h1>
<div><span class="verdict v-{escape(gate.verdict)}" id="gate">{escape(gate.verdict)}</span>
{escape(gate.describe().partition(": ")[2])}</div>
<table class="agg">
{agg}
</table>
<div class="controls"><label><input type="checkbox" id="only-failing"> Show only failing rows</label>
<span id="shown" class="meta"></span></div>
</header>
<main>
"""
    for i, r in enumerate(run.results):
        yield ("\n" if i else "") + _row(r)
    yield f"""
</main>
<footer>{escape(run.signature)}</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""


def render(run: BatchRun, title: str = "finsum eval") -> str:
    return "".join(chunks(run, title))
