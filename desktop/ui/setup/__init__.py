"""First-run set-up: which office this computer belongs to."""
