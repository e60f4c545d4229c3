"""The device side of sync: push, pull, first download, enrolment, divergence check."""
