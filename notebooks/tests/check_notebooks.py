#!/usr/bin/python3
"""Checks the notebooks after `jupyter nbconvert --execute` (run by Maven at integration-test).

For every notebook in notebooks/:
  * the committed notebook carries no outputs and no execution counts (outputs are regenerated, never stored);
  * an executed copy exists, every code cell ran, and no cell produced an error;
  * no chart warned about glyphs missing from its font, and at least one chart was drawn;
  * each key figure of tests/key_figures.json appears in ONE output of the executed copy, together with the
    other strings of its group (e.g. "新乡县医疗保障局" with "96.31%"), and never in the notebook's source,
    so the figure on screen was computed from the warehouse rather than typed into the notebook.
Exit status 1 with one line per failure.
"""
import argparse
import json
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent.parent


def output_texts(cell):
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            yield output.get("name", ""), output.get("text", "")
        elif output.get("output_type") in ("execute_result", "display_data"):
            data = output.get("data", {})
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in data:
                    text = data[mime]
                    yield mime, "".join(text) if isinstance(text, list) else text


def check(name, figures, executed_dir):
    failures = []
    source_nb = nbformat.read(HERE / name, as_version=4)
    for i, cell in enumerate(source_nb.cells):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            failures.append(f"{name}: committed cell {i} has outputs or an execution count (clear them before committing)")
    sources = "\n".join(cell.source for cell in source_nb.cells)

    executed = executed_dir / name
    if not executed.exists():
        return failures + [f"{name}: no executed copy in {executed_dir} (was it added to notebooks/pom.xml?)"]
    nb = nbformat.read(executed, as_version=4)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    texts, images = [], 0
    for i, cell in enumerate(code_cells):
        if cell.source.strip() and cell.get("execution_count") is None:
            failures.append(f"{name}: code cell {i} did not run")
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                failures.append(f"{name}: code cell {i} raised {output.get('ename')}: {output.get('evalue')}")
            if "image/png" in output.get("data", {}):
                images += 1
        for kind, text in output_texts(cell):
            texts.append(text)
            if "missing from current font" in text or "missing from font" in text:
                failures.append(f"{name}: code cell {i} drew characters its font lacks: {text.strip()[:200]}")
    if images == 0:
        failures.append(f"{name}: no chart was drawn")

    for group in figures:
        strings = group if isinstance(group, list) else [group]
        if not any(all(s in text for s in strings) for text in texts):
            failures.append(f"{name}: no output shows {' + '.join(strings)}")
        key = strings[-1]
        if key in sources:
            failures.append(f"{name}: the key figure {key} is written in the notebook source; it must come from the warehouse")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--executed", type=Path, required=True)
    parser.add_argument("--figures", type=Path, required=True)
    args = parser.parse_args()
    figures = json.loads(args.figures.read_text(encoding="utf-8"))
    notebooks = sorted(p.name for p in HERE.glob("*.ipynb"))
    failures = []
    for name in sorted(set(notebooks) - set(figures)):
        failures.append(f"{name}: has no key figures in {args.figures}")
    for name in notebooks:
        failures += check(name, figures.get(name, []), args.executed)
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    if not failures:
        print(f"notebooks: {len(notebooks)} executed without errors, key figures present: "
              + "; ".join(f"{n} ({len(figures[n])})" for n in notebooks))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
