"""Checking a folder of reports from the window."""
