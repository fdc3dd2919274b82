"""One module per rule. The registry (app/checks/registry.py) lists them."""
