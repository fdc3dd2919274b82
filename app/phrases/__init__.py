"""The phrase library (常用语库): store, search, import/export, harvesting. No Qt."""
