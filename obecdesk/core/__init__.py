"""Domain rules and services. Plain Python: no Qt, no SQL text."""
