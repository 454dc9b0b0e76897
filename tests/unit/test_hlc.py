"""Hybrid logical clock: stamps order changes even when laptop clocks disagree."""

from obecdesk.store.hlc import HybridClock, Stamp


def test_stamps_increase_even_when_the_wall_clock_stands_still():
    clock = HybridClock("a", now_ms=lambda: 1000)
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_stamps_increase_when_the_wall_clock_goes_backwards():
    times = iter([5000, 4000, 3000])
    clock = HybridClock("a", now_ms=lambda: next(times))
    first, second, third = clock.tick(), clock.tick(), clock.tick()
    assert first < second < third


def test_after_observing_a_remote_stamp_local_changes_win_over_it():
    remote = HybridClock("b", now_ms=lambda: 9_000_000).tick()
    local = HybridClock("a", now_ms=lambda: 1000)  # a laptop whose clock is far behind
    local.observe(remote)
    assert local.tick() > remote


def test_stamp_round_trips_through_text_and_orders_by_replica_on_ties():
    a, b = Stamp(10, 2, "aaa"), Stamp(10, 2, "bbb")
    assert Stamp.parse(str(a)) == a
    assert str(a) < str(b)
