"""Helpers of the consumer tests: run nergraph, build the test graphs.

The binary is $NERGRAPH (tests/consumers/run sets it). Graphs are written
into one temporary directory per test run, $CONSUMERS_TMP.
"""

import json
import os
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed-article.txt"
BBC_POLITICS = SHARED / "data" / "news" / "bbc" / "bbc" / "politics"
SUMMIT = ROOT / "examples" / "summit.txt"
BIN = os.environ.get("NERGRAPH", str(ROOT / "target" / "debug" / "nergraph"))
TMP = pathlib.Path(os.environ.get("CONSUMERS_TMP") or tempfile.mkdtemp(prefix="nergraph-consumers-"))

# Names and sentences that try to break out of every format: quotes,
# backslashes, markup, CDATA ends, formula prefixes, control characters
# (no NUL), a tab, U+2028.
HOSTILE_GAZETTEER = (
    "id\ttype\tname\taliases\n"
    "organization:q\torganization\tQuote \"Co\" \\N O'Brien </script> ]]> & {x}\tQuoteco\n"
    "organization:r\torganization\t=HYPERLINK(\"x\") Restco\tRestco\n"
    "organization:s\torganization\t-Minus; @At, Co\tMinusco\n"
)
HOSTILE_ARTICLE = (
    "Quoteco praised Restco \"loudly\" \\ with </script><img src=x onerror=alert(1)> & ]]> "
    "{braces} \\N \x01\x0b\x1b and\tU+2028:\u2028 here.\n"
    "Minusco warned Quoteco, said =SUM(A1) and '); DROP.\n"
)


def shared_present():
    return SEED.is_file()


def nergraph(*args):
    """Runs nergraph; fails with its stderr on a non-zero exit."""
    p = subprocess.run([BIN, *map(str, args)], capture_output=True)
    if p.returncode != 0:
        raise AssertionError(f"nergraph {' '.join(map(str, args))} failed: {p.stderr.decode()}")
    return p


def hostile_inputs():
    d = TMP / "hostile"
    d.mkdir(parents=True, exist_ok=True)
    gaz = d / "hostile.tsv"
    gaz.write_text(HOSTILE_GAZETTEER, encoding="utf-8")
    art = d / "hostile.txt"
    art.write_bytes(HOSTILE_ARTICLE.encode("utf-8"))
    return art, gaz


def export(name, inputs, fmt, *extra):
    """Extracts `inputs` in format `fmt` to TMP/name.fmt and returns the path
    (and, next to it, the JSON graph at TMP/name.json)."""
    out = TMP / f"{name}.{fmt}"
    graph = TMP / f"{name}.json"
    if not graph.exists():
        nergraph("extract", *inputs, *extra, "-o", graph)
    if not out.exists():
        nergraph("extract", *inputs, *extra, "--format", fmt, "-o", out)
    return out


def graph(name):
    return json.loads((TMP / f"{name}.json").read_text(encoding="utf-8"))


def bbc_inputs():
    return sorted(BBC_POLITICS.glob("*.txt"))
