"""The benchmark keeps working: every scenario, tiny, against both servers, end to end.

No timing is asserted (the machine's speed is not a property of the code); what a run must
always get right is asserted: every message reaches every member once, in order, and the
report has every figure performance.md is written from.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.multiprocess, pytest.mark.timeout(400)]

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("baseline", "steady")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("bench")
    argv = [sys.executable, "-m", "bench.run", "--smoke", "--json", str(out / "report.json")]
    done = subprocess.run(
        [*argv, "--docs", str(out / "docs")], cwd=ROOT, capture_output=True, text=True, timeout=380
    )
    assert done.returncode == 0, f"bench failed:\n{done.stdout}\n{done.stderr[-4000:]}"
    return json.loads((out / "report.json").read_text()), out / "docs"


def _assert_every_message_delivered(step: dict[str, Any]) -> None:
    assert step["sent"] > 0
    assert step["acked"] == step["sent"], step["send_errors"]
    assert step["unacked"] == 0 and step["send_errors"] == {}
    assert step["delivered"] == step["expected_deliveries"] > 0
    assert (step["lost"], step["duplicated"], step["out_of_order"]) == (0, 0, 0)
    assert {"p50", "p99", "max"} <= step["latency_ms"].keys()


def test_knee_steps_deliver_every_message_on_both_servers(run):
    report, _ = run
    for kind in KINDS:
        knee = report["scenarios"]["knee"][kind]
        assert knee["connections"] == 6
        assert len(knee["steps"]) == 2
        for step in knee["steps"]:
            _assert_every_message_delivered(step)
            assert "server_cores" in step and "cores" in step["generator_cpu"]
        assert "knee_deliveries_per_s" in knee


def test_realistic_load_delivers_every_message_on_both_servers(run):
    report, _ = run
    for kind in KINDS:
        (result,) = report["scenarios"]["realistic"][kind]
        assert result["participants"] == 6
        _assert_every_message_delivered(result["step"])
        assert result["memory"]["kb_per_connection"] is not None


def test_join_storm_catches_everyone_up_and_memory_is_read(run):
    report, _ = run
    for kind in KINDS:
        (storm,) = report["scenarios"]["storm"][kind]
        assert storm["members"] == storm["joined"] == storm["caught_up"] == 6
        assert storm["failures"] == {}
        assert storm["joined_and_caught_up_ms"]["count"] == 6
        assert storm["memory"]["connections"] == 6
        assert report["scenarios"]["knee"][kind]["memory"]["connections"] == 6


def test_two_workers_share_meetings_without_losing_messages(run):
    report, _ = run
    workers = report["scenarios"]["workers"]
    assert workers["one_worker"]["workers"] == 1 and workers["two_workers"]["workers"] == 2
    for name in ("one_worker", "two_workers"):
        _assert_every_message_delivered(workers[name]["step"])
    assert {"added_p50_ms", "added_p99_ms"} <= workers.keys()


def test_report_names_the_machine_and_writes_the_docs(run):
    report, docs = run
    assert report["machine"]["nproc"] and report["machine"]["cpu_model"]
    assert report["machine"]["memory"]
    assert {"knee_deliveries", "memory_per_connection", "storm_p99"} <= report["ratios"].keys()
    assert any("bench-setup" in command for command in report["setup_commands"])
    page = (docs / "performance.md").read_text()
    for heading in ("## Goals", "## 1. Fan-out knee", "## 3. Join storm", "## 5. Across workers"):
        assert heading in page
    assert (docs / "latency.svg").read_text().startswith("<svg")
