# SPDX-License-Identifier: LGPL-2.1-or-later
"""The fazhi command: output formats and exit statuses users script against."""

import json
import os
import subprocess

import pytest

BUILD = os.environ.get("FAZHI_BUILD_DIR", "build")
DATA = os.environ.get("FAZHI_TEST_DATA", "tests/data")
SEED = os.path.join(os.environ.get("FAZHI_SEED_DIR", ""), "000_c85088f75cc5e253.txt")
FAZHI = os.path.join(BUILD, "tools", "fazhi")


def run(*args):
    return subprocess.run([FAZHI, *args], capture_output=True, text=True, timeout=120)


def report(name):
    return os.path.join(DATA, "reports", name)


def check_fixture(name):
    return os.path.join(DATA, "checks", name)


def test_version_and_help():
    assert run("--version").stdout.startswith("fazhi ")
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("catalog", "areas", "parse", "check"):
        assert command in helped.stdout
    assert run("no-such-command").returncode == 2
    assert run().returncode == 2


def test_catalog_json_lists_eight_areas_in_order():
    out = run("catalog", "outline-2015", "--format=json")
    assert out.returncode == 0
    catalog = json.loads(out.stdout)
    assert catalog["id"] == "outline-2015"
    assert [e["slug"] for e in catalog["entries"]] == [
        "functions", "rules", "decisions", "enforcement",
        "oversight", "disputes", "capacity", "organization"]
    assert catalog["entries"][0]["title"] == "依法全面履行政府职能"


def test_catalog_table_and_list():
    table = run("catalog", "outline-2021")
    assert table.returncode == 0
    assert "emergencies" in table.stdout and "健全突发事件应对体系" in table.stdout
    listing = run("catalog")
    for catalog_id in ("outline-2015", "outline-2021", "parts", "duties-2016", "genres"):
        assert catalog_id in listing.stdout


def test_catalog_errors(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "id": "x", "kind": "outline", "title": "T", "entries": [{"slug": "a"}]}')
    out = run("catalog", str(broken))
    assert out.returncode == 2
    assert str(broken) in out.stderr and "entries[0]" in out.stderr
    assert run("catalog", "outline-1999").returncode == 2
    assert run("catalog", "outline-2015", "--format=yaml").returncode == 2


def test_areas_map():
    out = run("areas", "--map", "outline-2015", "outline-2021", "--format=json")
    assert out.returncode == 0
    mapping = {m["from"]: m["to"] for m in json.loads(out.stdout)}
    assert mapping["capacity"] == "leadership"
    assert mapping["functions"] == "functions"
    text = run("areas", "--map", "outline-2015", "outline-2021")
    assert "digital" in text.stdout  # new in 2021
    assert run("areas", "outline-2015").returncode == 2


def test_parse_json_one_object_per_line():
    files = [report("runin.txt"), report("gb18030.txt"), report("not-plan.txt")]
    out = run("parse", *files)
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    parsed = [json.loads(line) for line in lines]
    assert [p["file"] for p in parsed] == files
    assert [p["is_report"] for p in parsed] == [True, True, False]
    assert parsed[1]["encoding"] == "GB18030"
    assert parsed[0]["agency"] == "青岚县司法局"


def test_parse_keeps_going_past_unreadable_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run("parse", report("runin.txt"), str(tmp_path / "missing.txt"), str(empty), report("halfwidth.txt"))
    assert out.returncode == 2
    assert len(out.stdout.splitlines()) == 2
    assert "missing.txt" in out.stderr
    assert "empty.txt" in out.stderr and "empty" in out.stderr


def test_parse_text_outline():
    out = run("parse", "--format=text", report("thematic-county.txt"))
    assert out.returncode == 0
    assert "青岚县人民政府" in out.stdout
    assert "emergencies" in out.stdout
    assert "(3 items)" in out.stdout  # the shortcomings


def test_parse_include_text_round_trips():
    out = run("parse", "--include-text", report("runin.txt"))
    data = json.loads(out.stdout)
    with open(report("runin.txt"), encoding="utf-8") as f:
        assert data["text"] == f.read()


def test_check_clean_report():
    out = run("check", check_fixture("clean-2021.txt"))
    assert out.returncode == 0, out.stdout
    assert "warning:" not in out.stdout and "error:" not in out.stdout
    assert "summary:" in out.stdout


def test_check_exit_one_on_errors_and_compiler_style():
    out = run("check", check_fixture("trigger-missing-part.txt"))
    assert out.returncode == 1
    assert "error: [missing-part]" in out.stdout
    assert out.stdout.startswith(check_fixture("trigger-missing-part.txt") + ": ")


def test_check_json():
    out = run("check", "--format=json", check_fixture("followup-2022.txt"),
              "--previous", check_fixture("followup-2021.txt"))
    result = json.loads(out.stdout)
    assert set(result) >= {"file", "findings", "followup", "summary"}
    for finding in result["findings"]:
        assert set(finding) >= {"rule", "severity", "message", "line", "lines", "part", "area"}
    assert result["followup"], "no follow-up with --previous"
    assert all("status" in item and "evidence" in item for item in result["followup"])
    assert 0 <= result["summary"]["score"] <= 100


def test_check_unreadable_and_bad_policy(tmp_path):
    out = run("check", check_fixture("clean-2021.txt"), str(tmp_path / "missing.txt"))
    assert out.returncode == 2
    assert "summary:" in out.stdout  # the readable file was still checked
    policy = tmp_path / "policy.json"
    policy.write_text('{"format": 1, "name": "x", "deadlines": {"department": {"report": {"by": "13-40"}}}}')
    bad = run("check", "--policy", str(policy), check_fixture("clean-2021.txt"))
    assert bad.returncode == 2
    assert "deadlines.department.report.by" in bad.stderr
    assert run("check", "--previous", str(tmp_path / "nope.txt"), check_fixture("clean-2021.txt")).returncode == 2


@pytest.mark.skipif(not os.path.exists(SEED), reason="the seed report is not next to this checkout")
def test_check_seed_with_local_deadline(tmp_path):
    national = run("check", SEED)
    assert national.returncode == 0
    assert "[late-report]" not in national.stdout
    assert ":21: warning: [missing-quantity]" in national.stdout
    policy = tmp_path / "yubei.json"
    policy.write_text('{"format": 1, "name": "yubei", "deadlines": {"department": {"report": {"by": "01-20"}}}}')
    local = run("check", "--policy", str(policy), SEED)
    assert local.returncode == 1
    assert "error: [late-report]" in local.stdout
