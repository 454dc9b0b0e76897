"""Ordinary edits killed at any step (SIGKILL: a crash, a flat battery) each leave all of their
change or none of it, and the store opens and passes its check afterwards (which includes that
every row has its field versions and no version is left without its row). See ``kill_driver.py``
and ``kill_edits.py`` for the actions and how a store's state is compared."""

from __future__ import annotations

from kill_edits import ACTIONS
from test_migration_kill import LONG, kill_points, survey_and_kill

#: the short run's sample of the steps between commits
SAMPLE_EVERY = 60


def edit_kill_points(survey: dict) -> list[int]:
    """Every commit (a kill there leaves that action out and keeps the one before whole) and a
    sample of the steps in between; on demand every transaction boundary and a dense sample."""
    steps = survey["steps"]
    if LONG:
        return kill_points(steps)
    commits = {n for n, step in enumerate(steps, 1) if step == "COMMIT"}
    return sorted(commits | set(range(SAMPLE_EVERY // 2, len(steps) + 1, SAMPLE_EVERY)))


def _differs(found: dict, expected: dict) -> list[str]:
    return sorted(t for t in found.keys() | expected.keys() if found.get(t) != expected.get(t))


def test_edits_killed_at_any_step_keep_each_action_whole(tmp_path, demo_dir):
    reference, records = survey_and_kill("edits", demo_dir, tmp_path / "runs",
                                         edit_kill_points)
    ends = [n for n, _ in reference["marks"]]  # steps done before opening, after it, after each
    states = [fp for _, fp in reference["marks"]]
    assert len(states) == len(ACTIONS) + 2
    # each action is one transaction: it takes exactly one number of the change sequence
    batches = [state["change_batches"][0] for state in states[1:]]
    assert batches == list(range(batches[0], batches[0] + len(ACTIONS) + 1))
    steps = reference["steps"]
    observed = set()
    for record in records:
        n = record["n"]
        done = max(k for k, end in enumerate(ends) if end < n)  # the last whole action
        where = f"killed before step {n} ({steps[n - 1]!r}), after {done - 1} actions"
        assert record["outcome"] == "killed", where
        assert record["opened"]["error"] is None, f"{where}: {record['opened']['error']}"
        assert record["opened"]["problems"] == [], where
        found = record["fingerprint"]
        if found == states[done]:
            observed.add(done)
        else:  # the action under way, then all of it
            assert done + 1 < len(states) and found == states[done + 1], (
                f"{where}: neither before nor after the action; tables differing from before: "
                f"{_differs(found, states[done])}")
            observed.add(done + 1)
    # a kill right at each commit leaves the action out; one later finds all of it
    assert observed >= set(range(len(states) - 1))
    commits = [n for n, step in enumerate(steps, 1) if step == "COMMIT"]
    for action, (start, end) in enumerate(zip(ends[1:], ends[2:], strict=False), start=1):
        commit = max(n for n in commits if start < n <= end)
        record = next(r for r in records if r["n"] == commit)
        assert record["fingerprint"] == states[action], f"{ACTIONS[action - 1][0]}: torn"
