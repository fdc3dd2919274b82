"""From last year's report to this year's draft (issue 7): dialogs and window actions."""
