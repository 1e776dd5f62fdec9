"""The window's tabs, one module each."""
