"""The compare view: last year's report beside this year's."""
