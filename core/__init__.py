"""Everything of the workbench that is not Qt: importable and testable without a display."""
