"""scripts/spec-diff: the API delta between two versions of the spec, as a reviewer reads it."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spec-diff"
SPEC_PATH = ROOT / "openapi" / "twelvelabs-v1.3.yaml"

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "put": {
                "operationId": "update_thing",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Update"}}
                    }
                },
                "responses": {"204": {"description": "ok"}},
            },
            "get": {
                "operationId": "retrieve_thing",
                "parameters": [
                    {"name": "view", "in": "query", "schema": {"$ref": "#/components/schemas/View"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            },
        },
        "/old": {"post": {"operationId": "old_call", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "View": {"type": "string", "enum": ["short", "full"]},
            "Update": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Part": {
                "type": "object",
                "properties": {"size": {"type": "integer"}, "kind": {"type": "string"}},
            },
            "Thing": {
                "type": "object",
                "required": ["_id"],
                "properties": {
                    "_id": {"type": "string"},
                    "score": {"type": "number"},
                    "status": {
                        "anyOf": [{"type": "string", "enum": ["new", "done"]}, {"type": "string"}]
                    },
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "parent": {"$ref": "#/components/schemas/Thing"},
                },
            },
        }
    },
}


def _changed() -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    item = spec["paths"]["/things/{id}"]
    item["patch"] = item.pop("put")  # the method changed
    item["patch"]["responses"]["200"] = {"description": "ok"}
    item["get"]["parameters"].append(
        {"name": "expand", "in": "query", "required": True, "schema": {"type": "boolean"}}
    )
    schemas = spec["components"]["schemas"]
    schemas["View"]["enum"] = ["short", "compact"]  # one added, one removed
    schemas["Update"]["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}
    thing = schemas["Thing"]["properties"]
    del thing["score"]
    thing["rank"] = {"type": "integer"}
    thing["status"]["anyOf"][0]["enum"].append("canceled")
    schemas["Part"]["required"] = ["size"]
    spec["paths"]["/old"]["post"].update(
        {"deprecated": True, "x-retired": {"date": "2026-02-12", "replacement": "POST /new"}}
    )
    spec["paths"]["/new"] = {
        "post": {
            "operationId": "new_call",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"prompt": {"type": "string"}}}
                    }
                }
            },
            "responses": {"200": {"description": "ok"}},
        }
    }
    return spec


def run(*args: str, cwd: Path = ROOT, script: Path = SCRIPT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


@pytest.fixture
def report(tmp_path: Path) -> list[str]:
    old = write(tmp_path / "old.yaml", BASE)
    new = write(tmp_path / "new.yaml", _changed())
    result = run(str(old), str(new))
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_operations_added_removed_and_moved(report: list[str]) -> None:
    assert "Operations added:" in report
    assert "  + POST /new (new_call)" in report
    assert "    + request field prompt (string)" in report
    assert "  ~ PATCH /things/{id} (update_thing):" in report
    assert "    ~ route: PUT /things/{id} -> PATCH /things/{id}" in report
    assert "    + status 200" in report
    assert "    ~ deprecated: False -> True" in report
    assert "    ~ retired: None -> 2026-02-12 -> POST /new" in report


def test_parameters_fields_and_enum_values(report: list[str]) -> None:
    assert "    + parameter query:expand (boolean, required)" in report
    assert "    + parameter query:view enum values: compact" in report
    assert "    - parameter query:view enum values: full" in report
    assert "    + request field tags (array<string>)" in report
    assert "    - response field score (number)" in report
    assert "    + response field rank (integer)" in report
    assert "    + response field status enum values: canceled" in report
    # nested fields are dotted paths through arrays and refs; a self-reference stops
    assert "    ~ response field parts[].size: integer -> integer, required" in report
    assert not any("parent." in line for line in report)  # Thing.parent is a Thing: not walked


def test_removed_operation_and_identical_specs(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", _changed())
    new = write(tmp_path / "new.yaml", BASE)
    lines = run(str(old), str(new)).stdout.splitlines()
    assert "Operations removed:" in lines and "  - POST /new (new_call)" in lines
    same = run(str(old), str(old))
    assert same.returncode == 0 and same.stdout.strip() == "No API changes."


def test_git_revisions_and_the_worktree(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    script = shutil.copy(SCRIPT, repo / "scripts" / "spec-diff")
    spec = write(repo / "openapi" / "twelvelabs-v1.3.yaml", BASE)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            cwd=repo,
            check=True,
            capture_output=True,
            timeout=60,
        )

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "one")
    write(spec, _changed())
    git("commit", "-qam", "two")
    by_revision = run("HEAD~1", "HEAD", cwd=tmp_path, script=Path(script))
    assert by_revision.returncode == 0, by_revision.stderr
    assert "  + POST /new (new_call)" in by_revision.stdout.splitlines()
    write(spec, BASE)  # an uncommitted edit
    against_worktree = run("HEAD", "WORKTREE", cwd=tmp_path, script=Path(script))
    assert "  - POST /new (new_call)" in against_worktree.stdout.splitlines()
    other_file = run("HEAD:openapi/twelvelabs-v1.3.yaml", "HEAD", cwd=tmp_path, script=Path(script))
    assert other_file.stdout.strip() == "No API changes."


def test_unreadable_versions_exit_2_with_a_message(tmp_path: Path) -> None:
    result = run("no-such-revision", "WORKTREE")
    assert result.returncode == 2
    assert "'no-such-revision' is neither a file, WORKTREE, nor a git revision" in result.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: [text")
    assert run(str(bad), "WORKTREE").returncode == 2
    assert run("--help").returncode == 0


def test_the_real_spec_reports_the_videos_update_method_change(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    old = copy.deepcopy(spec)
    item = old["paths"]["/indexes/{index-id}/videos/{video-id}"]
    item["put"] = item.pop("patch")
    old_path = write(tmp_path / "old.yaml", old)
    lines = run(str(old_path), str(SPEC_PATH)).stdout.splitlines()
    assert lines == [
        "Operations changed:",
        "  ~ PATCH /indexes/{index-id}/videos/{video-id} (update_video):",
        "    ~ route: PUT /indexes/{index-id}/videos/{video-id} -> "
        "PATCH /indexes/{index-id}/videos/{video-id}",
    ]


def test_the_changelog_names_every_operation() -> None:
    changelog = (ROOT / "openapi" / "CHANGELOG.md").read_text()
    spec = yaml.safe_load(SPEC_PATH.read_text())
    op_ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert sorted(op_id for op_id in op_ids if f"`{op_id}`" not in changelog) == []
