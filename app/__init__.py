"""Wengao (文稿): an offline editor and checker for cadres' annual reports."""

__version__ = "0.1.0"
