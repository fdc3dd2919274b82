"""Export, PDF and print in the office's layout (GB/T 9704 or a unit's profile)."""
