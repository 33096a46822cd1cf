"""Fiscal Lens notebook helper: read the DuckDB warehouse through the project's ``query`` command.

DuckDB has no Python package on Debian, so notebooks do not open the warehouse themselves: every query runs
``org.fiscallens.web.query.QueryCommand`` (a JVM, read-only connection) and comes back as a pandas DataFrame
with the warehouse's column types. There is no second copy of the data and no number typed by hand.

    import fiscal_lens as fl
    rates = fl.sql("SELECT * FROM execution_rates WHERE fiscal_year = ?", 2024)
    t = fl.queries(docs="SELECT * FROM documents", shares="SELECT * FROM structure_shares")  # one JVM

Configuration (environment):
    FISCAL_LENS_WAREHOUSE  the DuckDB file (default: data/warehouse/disclosures.duckdb, else the seed
                           warehouse target/seed-warehouse/disclosures.duckdb built by `mvn package`)
    FISCAL_LENS_CLASSPATH  classpath of the query command (default: web/target/classes:web/target/lib/*)
    JAVA_HOME              the java to run (default: java on PATH)

Amounts in the warehouse are 元 (DECIMAL(18,2)); rates and shares are fractions (0.9631). DECIMAL columns
arrive as float64 for analysis; use :func:`wan` and :func:`pct` to show them the way the documents do.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

try:
    import pandas as pd
except ImportError as e:  # the usual cause: a pyenv/conda python3 instead of Debian's
    raise ImportError(
        f"{sys.executable} has no pandas. Run the notebooks on the 'Fiscal Lens (Debian Python 3)' kernel "
        "(/usr/bin/python3 with python3-pandas and python3-matplotlib; see README, section Notebooks)") from e

ROOT = Path(__file__).resolve().parent.parent
QUERY_MAIN = "org.fiscallens.web.query.QueryCommand"

#: Queries run and JVMs started by this kernel, so a notebook can show what its figures cost.
stats = {"jvm_runs": 0, "queries": 0, "seconds": 0.0}


class QueryError(RuntimeError):
    """The query command failed; the message is its own explanation (missing warehouse, DuckDB error …)."""


def warehouse() -> Path:
    """The warehouse file the notebooks read (see module docstring for the order of defaults)."""
    configured = os.environ.get("FISCAL_LENS_WAREHOUSE")
    if configured:
        return Path(configured).expanduser().resolve()
    for candidate in (ROOT / "data/warehouse/disclosures.duckdb", ROOT / "target/seed-warehouse/disclosures.duckdb"):
        if candidate.exists():
            return candidate
    return ROOT / "data/warehouse/disclosures.duckdb"


def classpath() -> str:
    configured = os.environ.get("FISCAL_LENS_CLASSPATH")
    if configured:
        return configured
    classes = ROOT / "web/target/classes"
    if not (classes / "org/fiscallens/web/query/QueryCommand.class").exists() or not (ROOT / "web/target/lib").is_dir():
        raise QueryError(f"the query command is not built ({classes} or web/target/lib missing): "
                         "run `mvn -q -pl web -am package -DskipTests` in " + str(ROOT))
    return os.pathsep.join([str(classes), str(ROOT / "web/target/lib/*")])


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin/java").exists():
        return str(Path(home) / "bin/java")
    found = shutil.which("java")
    if not found:
        raise QueryError("java is not on PATH (Java 17+ runs the query command)")
    return found


def _run(request: dict) -> dict:
    """Runs one `query --batch` process for all queries in ``request``; returns the parsed JSON result."""
    command = [_java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath(), QUERY_MAIN,
               "--warehouse", str(warehouse()), "--batch"]
    started = time.monotonic()
    done = subprocess.run(command, input=json.dumps(request, default=_json_param).encode("utf-8"),
                          capture_output=True, check=False)
    stats["jvm_runs"] += 1
    stats["queries"] += len(request)
    stats["seconds"] += time.monotonic() - started
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        message = lines[0] if lines else f"query command exited with {done.returncode}"
        if "NoClassDefFoundError" in message or "Could not find or load main class" in message:
            message += (f" — the query command's classpath is incomplete ({command[command.index('-cp') + 1]}); "
                        f"build it with `mvn -q -pl web -am package -DskipTests` in {ROOT}")
        raise QueryError(message.removeprefix("query: "))
    return json.loads(done.stdout.decode("utf-8"), parse_float=Decimal)


def _json_param(value):
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot bind {value!r} as a query parameter")


def _frame(result: dict) -> pd.DataFrame:
    names = [c["name"] for c in result["columns"]]
    frame = pd.DataFrame(result["rows"], columns=names)
    for column in result["columns"]:
        name, kind = column["name"], column["type"].upper()
        series = frame[name] if frame.columns.tolist().count(name) == 1 else None
        if series is None:
            continue
        if kind.startswith(("DECIMAL", "DOUBLE", "FLOAT", "REAL")):
            frame[name] = pd.to_numeric(series.map(lambda v: None if v is None else float(v)), errors="coerce").astype("float64")
        elif kind in ("INTEGER", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UINTEGER", "UBIGINT"):
            frame[name] = series.astype("Int64")
        elif kind == "BOOLEAN":
            frame[name] = series.astype("boolean")
        elif kind.startswith("TIMESTAMP") or kind == "DATE":
            frame[name] = pd.to_datetime(series)
        else:
            frame[name] = series.astype("object")
    return frame


def _request(query, params) -> dict | str:
    return {"sql": query, "params": list(params)} if params else query


def sql(query: str, *params) -> pd.DataFrame:
    """Runs one SQL query (``?`` placeholders bound to ``params`` in order) and returns a DataFrame."""
    return _frame(_run({"result": _request(query, params)})["result"])


def queries(**named) -> dict[str, pd.DataFrame]:
    """Runs several named queries in ONE JVM; each value is SQL text or a tuple ``(sql, [params])``.

    Returns the DataFrames under the same names. Prefer this to repeated :func:`sql` calls: each JVM start
    costs about half a second.
    """
    request = {}
    for name, value in named.items():
        request[name] = _request(value[0], value[1]) if isinstance(value, tuple) else value
    results = _run(request)
    return {name: _frame(results[name]) for name in named}


# ---------------------------------------------------------------------------------------------- formatting

def wan(yuan) -> str:
    """元 → '719.68' (万元, two decimals), the unit the documents use; '—' when unknown."""
    if yuan is None or pd.isna(yuan):
        return "—"
    return f"{float(yuan) / 10000:,.2f}"


def pct(fraction, digits: int = 2, signed: bool = False) -> str:
    """0.9631 → '96.31%' (signed: '+20.87%' / '−15.19%'); '—' when unknown."""
    if fraction is None or pd.isna(fraction):
        return "—"
    text = f"{float(fraction) * 100:{'+' if signed else ''}.{digits}f}%"
    return text.replace("-", "−")


#: What a figure is a total of (the warehouse's ``measure`` / ``statement`` keys), in the documents' words.
MEASURE_ZH = {
    "general_budget": "一般公共预算财政拨款支出", "fiscal": "财政拨款收支总计", "expenditure": "支出合计",
    "income": "收入合计", "all_funds": "收支总计", "gov_fund": "政府性基金预算财政拨款支出",
    "state_capital": "国有资本经营预算财政拨款支出", "three_public": "三公经费", "performance": "绩效自评项目",
    "budget": "预算", "actual": "决算",
}

_doc_files: dict[str, str] = {}


def remember_documents(documents: pd.DataFrame) -> None:
    """Lets :func:`source` name documents by their file (from the ``documents`` table's doc_id and source_path)."""
    for doc_id, path in zip(documents["doc_id"], documents["source_path"]):
        if isinstance(path, str) and path:
            _doc_files[doc_id] = Path(path).name


def short_subject(name) -> str:
    """'卫生健康支出(类)医疗保障管理事务(款)行政运行(项)' → '行政运行': the most specific part of a 功能分类 name."""
    if not isinstance(name, str):
        return ""
    parts = re.findall(r"([^()（）]+)[(（](?:类|款|项)[)）]", name)
    return parts[-1].strip() if parts else name


def short_name(department: str) -> str:
    """'新乡县医疗保障局' → '新乡县': the place part of a department's name, for chart labels."""
    match = re.match(r"^(.+?(?:自治县|自治州|县|市|区|旗))", department or "")
    return match.group(1) if match else (department or "")[:6]


def source(doc_id, line) -> str:
    """Where a figure comes from: 'file.txt:line' once :func:`remember_documents` has seen the document,
    else 'doc_id:line'; '—' when unknown."""
    if doc_id is None or (not isinstance(doc_id, str) and pd.isna(doc_id)):
        return "—"
    name = _doc_files.get(doc_id, str(doc_id))
    return f"{name}:{int(line)}" if line is not None and not pd.isna(line) else name


# ---------------------------------------------------------------------------------------------- charts

CJK_FAMILY = "Noto Sans CJK SC"
_font_files: dict[str, Path] = {}
_cmaps: dict[str, set] = {}


def use_chinese_font(family: str = CJK_FAMILY) -> Path:
    """Makes matplotlib draw every label in ``family`` (Noto Sans CJK SC), named explicitly; returns its file.

    Debian's fonts-noto-cjk ships the SC face inside a .ttc collection whose first face is JP, and matplotlib
    3.6 reads only the first face of a collection: it would know "Noto Sans CJK JP" and silently fall back to
    DejaVu (Chinese as boxes) for "SC". So the SC face is located with fontconfig, extracted once with
    fontTools (a matplotlib dependency) into ~/.cache/fiscal-lens/fonts, registered and selected by name.
    Raises RuntimeError naming the package when the font is not installed.
    """
    from matplotlib import font_manager, rcParams

    if family not in _font_files:
        try:
            path = Path(font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False))
        except ValueError:
            path = _extract_face(family)
            font_manager.fontManager.addfont(str(path))
            path = Path(font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False))
        _font_files[family] = path
    rcParams["font.family"] = [family]
    rcParams["axes.unicode_minus"] = False
    rcParams["figure.dpi"] = 110
    return _font_files[family]


def _extract_face(family: str) -> Path:
    from fontTools.ttLib import TTCollection, TTFont

    try:
        found = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}", family],
                               capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise RuntimeError(f"fontconfig (fc-match) is not available to locate '{family}': apt-get install fontconfig") from e
    file, index, families = (found.split("|", 2) + ["", ""])[:3]
    if family not in families.split(","):
        raise RuntimeError(f"font '{family}' is not installed (fontconfig offers '{families}' instead): "
                           "apt-get install fonts-noto-cjk, or run .ci/setup")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "fiscal-lens/fonts"
    target = cache / (family.replace(" ", "") + ".otf")
    source_file = Path(file)
    if not target.exists() or target.stat().st_mtime < source_file.stat().st_mtime:
        cache.mkdir(parents=True, exist_ok=True)
        if source_file.suffix.lower() in (".ttc", ".otc"):
            face = TTCollection(str(source_file), lazy=True)[int(index or 0)]
        else:
            face = TTFont(str(source_file), lazy=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        face.save(str(partial))
        partial.replace(target)
    return target


def missing_glyphs(fig) -> dict[str, str]:
    """Characters on ``fig`` that the font chosen for them cannot draw, as {font file: characters}."""
    import matplotlib.text
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    fig.canvas.draw()
    missing: dict[str, set] = {}
    for text in fig.findobj(matplotlib.text.Text):
        label = text.get_text()
        if not label or not text.get_visible():
            continue
        file = font_manager.findfont(text.get_fontproperties())
        if file not in _cmaps:
            number = 0 if file.lower().endswith((".ttc", ".otc")) else -1
            _cmaps[file] = set(TTFont(file, fontNumber=number, lazy=True).getBestCmap())
        gaps = {ch for ch in label if not ch.isspace() and ord(ch) not in _cmaps[file]}
        if gaps:
            missing.setdefault(file, set()).update(gaps)
    return {file: "".join(sorted(chars)) for file, chars in missing.items()}


def show(fig, name: str) -> None:
    """Checks that every label of ``fig`` is drawable (raises otherwise), saves it as ``name``.png under
    $FISCAL_LENS_CHARTS (when set) and displays it."""
    gaps = missing_glyphs(fig)
    if gaps:
        raise RuntimeError(f"chart '{name}' has characters its font cannot draw: {gaps}")
    charts = os.environ.get("FISCAL_LENS_CHARTS")
    if charts:
        Path(charts).mkdir(parents=True, exist_ok=True)
        fig.savefig(Path(charts) / f"{name}.png", bbox_inches="tight")
    import matplotlib.pyplot as plt
    from IPython.display import display

    display(fig)  # exactly once, whatever the matplotlib backend
    plt.close(fig)
